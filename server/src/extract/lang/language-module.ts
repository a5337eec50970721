import type { ArticleContext } from '../article-context';
import type { SentenceConventions } from '../text/sentences';
import type { Mention, Sentence, SentenceFacts } from '../types';

/**
 * Everything that depends on the language of an article. A module finds the mentions of parties
 * in a sentence (resolving them through the context) and the facts the sentence states about
 * them; the shared pipeline does the rest: carrying subjects over, replies, dates, ids, the bundle.
 */
export interface LanguageModule {
  /** ISO 639-1 code. */
  readonly code: string;
  /** English name, for summaries ("reported in Telugu"). */
  readonly name: string;
  /** Whose ministries and offices an unqualified title means in this language's press, if anyone's. */
  readonly homeCountry?: string;
  /** The letters of the language's script (global): the script with most letters names the language. */
  readonly letters: RegExp;
  /** Where a period does not end a sentence, and what keeps a sentence going after a quote. */
  readonly sentences: SentenceConventions;
  /** Its people's given names in their usual Latin spelling ("Sergey"), for other scripts' spellings of them. */
  readonly givenNamesInLatin?: readonly string[];
  /** Latin spellings of a name written in the language's script, likeliest first (none for Latin script). */
  spellInLatin?(name: string): readonly string[];
  findMentions(sentence: Sentence, context: ArticleContext): Mention[];
  findFacts(sentence: Sentence, mentions: Mention[], context: ArticleContext): SentenceFacts;
}
