import type { ArticleContext } from '../../article-context';
import type { LanguageModule } from '../language-module';
import { findKoreanMeetings, type MeetingMemory } from './meetings';
import { findKoreanMentions } from './mentions';
import { findKoreanReplies } from './replies';
import { KoreanSentence } from './sentence';
import { findKoreanStatement, secondSpeakerStatement, whenClauseStatement } from './statements';
import { nameToLatin } from './to-latin';

/** Korean press reads Korean institutions as home: a bare "외교부" is Seoul's. */
const HOME_COUNTRY = 'South Korea';

/** Spellings of a name tried by search: enough to cover the usual romanisations, few enough to stay fast. */
const SEARCH_SPELLINGS = 6;

/** One unspaced word reads as a Korean name, or a foreign one written together (자하로바); spaced words as a foreign name. */
function spellInLatin(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const spellings =
    words.length === 1
      ? [
          ...nameToLatin(words, 'south').slice(0, SEARCH_SPELLINGS - 2),
          ...nameToLatin(words, 'foreign').slice(0, 2),
        ]
      : nameToLatin(words, 'foreign');
  return spellings.slice(0, SEARCH_SPELLINGS);
}

interface ArticleMemory extends MeetingMemory {
  /** The index of the last sentence that reported speech. */
  lastStatement?: number;
}

/** What one article's earlier sentences left for the next: sentences are read in order. */
const memories = new WeakMap<ArticleContext, ArticleMemory>();

function memoryOf(context: ArticleContext): ArticleMemory {
  let memory = memories.get(context);
  if (!memory) memories.set(context, (memory = { met: new Set() }));
  return memory;
}

/** Korean: names with titles after them, particles for roles, quotatives (라고, 고, 며) and speech verbs. */
export const korean: LanguageModule = {
  code: 'ko',
  name: 'Korean',
  homeCountry: HOME_COUNTRY,
  letters: /[\uAC00-\uD7A3\u1100-\u11FF\u3130-\u318F]/gu,
  // Korean sentences end in a verb ending ("…했다.", "…습니다.", "…죠."), whatever follows.
  sentences: { abbreviations: new Set(), endsWithoutSpace: /[다요죠]/ },
  spellInLatin,
  findMentions: (sentence, context) => findKoreanMentions(sentence, context, HOME_COUNTRY),
  findFacts(sentence, mentions, context) {
    const memory = memoryOf(context);
    const s = new KoreanSentence(sentence, mentions);
    const continues = memory.lastStatement === sentence.index - 1;
    const found = findKoreanStatement(s, continues);
    if (found) memory.lastStatement = sentence.index;
    const replies = findKoreanReplies(s, found);
    const second = found && secondSpeakerStatement(s, found);
    const asked = found && whenClauseStatement(s, found);
    const statements = [asked, found, second].flatMap((st) =>
      st ? [(({ verbAt: _verbAt, ...rest }) => rest)(st)] : [],
    );
    return {
      statements,
      meetings: findKoreanMeetings(s, memory, (id) => context.entities.get(id)?.country),
      replies,
    };
  },
};
