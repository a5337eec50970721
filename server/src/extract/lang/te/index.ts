import type { ArticleContext } from '../../article-context';
import type { Sentence } from '../../types';
import type { LanguageModule } from '../language-module';
import { findTeluguMeetings } from './meetings';
import { INITIALS, teluguToLatin } from './to-latin';
import { findTeluguMentions } from './mentions';
import { findTeluguReplies } from './replies';
import { TeluguSentence } from './sentence';
import { TeluguStatements } from './statements';
import { withRunOnSpeech } from './run-on-speech';

/** Telugu press reads Indian institutions as home: an unqualified "విదేశాంగ శాఖ" is India's. */
const HOME_COUNTRY = 'India';

/** Each article's last sentence read: a sentence may attribute the one before it. */
const lastSentence = new WeakMap<ArticleContext, Sentence>();

function previousSentence(context: ArticleContext, sentence: Sentence): Sentence | undefined {
  const last = lastSentence.get(context);
  lastSentence.set(context, sentence);
  return last && last.index === sentence.index - 1 ? last : undefined;
}

/** Telugu: titled names in Telugu script, case endings for roles, speech closed by "అని" and a verb. */
export const telugu: LanguageModule = {
  code: 'te',
  name: 'Telugu',
  homeCountry: HOME_COUNTRY,
  letters: /[\u0C00-\u0C7F]/gu,
  sentences: {
    // Initials before a name ("ఎస్. జైశంకర్") do not end a sentence.
    abbreviations: new Set(Object.keys(INITIALS)),
    // "…?" అని / అంటూ: the quotative after a question keeps the sentence going.
    quotativeAfterQuote: /^(?:అని|అంటూ)(?![\u0C00-\u0C7F])/u,
    ellipsisContinues: true,
  },
  spellInLatin: (name) => [teluguToLatin(name)],
  findMentions: (sentence, context) => findTeluguMentions(sentence, context, HOME_COUNTRY),
  findFacts(sentence, mentions, context) {
    const s = new TeluguSentence(sentence, mentions);
    const found = new TeluguStatements(s, context, previousSentence(context, sentence)).find();
    withRunOnSpeech(context, sentence, found);
    const replies = findTeluguReplies(s, found);
    const statements = found.map(({ clause: _clause, verbAt: _verb, ...statement }) => statement);
    return {
      statements: [...statements, ...replies.statements],
      meetings: findTeluguMeetings(s),
      replies: replies.cues,
    };
  },
};
