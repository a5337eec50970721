import type { ArticleContext } from '../../article-context';
import type { RawStatement } from '../../types';
import type { LanguageModule } from '../language-module';
import { GIVEN_NAMES } from './given-names';
import { findRussianMeetings, type MeetingMemory } from './meetings';
import { findRussianMentions } from './mentions';
import { findRussianReplies } from './replies';
import { RussianSentence } from './sentence';
import { russianToLatin } from './to-latin';
import { findRussianStatements, type PreviousSentence } from './statements';

/** Russian press reads Russian institutions as home: an unqualified "МИД" is Moscow's. */
const HOME_COUNTRY = 'Russia';

/** Abbreviations whose period does not end a sentence (compared in lower case, without the period). */
const ABBREVIATIONS = new Set(
  'г гг т е т.е т.к т.д т.п др пр им ул д стр см ср рис тыс млн млрд руб долл чел н.э в вв ген г-н г-жа гос проф акад'.split(
    ' ',
  ),
);

interface ArticleMemory extends MeetingMemory {
  previous?: PreviousSentence;
}

/** What one article's earlier sentences left for the next: sentences are read in order. */
const memories = new WeakMap<ArticleContext, ArticleMemory>();

function memoryOf(context: ArticleContext): ArticleMemory {
  let memory = memories.get(context);
  if (!memory) memories.set(context, (memory = { summoned: new Map() }));
  return memory;
}

/** The one speaker of the sentence's quoted words: "мы провели переговоры" inside them is theirs. */
function quotedSpeaker(statements: RawStatement[]): number | undefined {
  const quoted = statements.filter((st) => st.direct && st.speakers.length === 1);
  return quoted.length === 1 ? quoted[0]!.speakers[0] : undefined;
}

/** Russian: declined names and titles, speech verbs with что or a quote, "по словам", transcript lines. */
export const russian: LanguageModule = {
  code: 'ru',
  name: 'Russian',
  homeCountry: HOME_COUNTRY,
  letters: /[\u0400-\u04FF]/gu,
  sentences: { abbreviations: ABBREVIATIONS },
  givenNamesInLatin: GIVEN_NAMES.map(russianToLatin),
  spellInLatin: (name) => [russianToLatin(name)],
  findMentions: (sentence, context) => findRussianMentions(sentence, context, HOME_COUNTRY),
  findFacts(sentence, mentions, context) {
    const memory = memoryOf(context);
    const s = new RussianSentence(sentence, mentions);
    const previous =
      memory.previous && memory.previous.sentence.index === sentence.index - 1
        ? memory.previous
        : undefined;
    const statements = findRussianStatements(s, previous)
      .filter(
        // A signature line whose quote already went on from the same speaker says nothing new.
        (st) =>
          !st.signature ||
          !st.speakers.every(
            (m) => context.discourse.recentSpeakerAmong(mentions[m]!.ids) !== undefined,
          ),
      )
      .map(({ signature: _signature, ...st }) => st);
    const quote = sentence.quotes[0];
    memory.previous = {
      sentence,
      standaloneQuote:
        !!quote && quote.outer.start === sentence.start && quote.outer.end >= sentence.end - 1,
    };
    return {
      statements,
      meetings: findRussianMeetings(s, memory, quotedSpeaker(statements)),
      replies: findRussianReplies(s, statements),
    };
  },
};
