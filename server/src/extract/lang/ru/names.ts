import type { ArticleContext } from '../../article-context';
import type { PersonOptions, Resolved } from '../../entities/article-entities';
import { givenNameGender } from './given-names';
import { isNameWordAt } from './lookups';
import { nameReadings, type CaseTag } from './morphology';
import { russianToLatin } from './to-latin';
import type { RuToken } from './tokens';

const MAX_NAME_WORDS = 3;
/** One-syllable words as Russian writes Korean and Chinese names (Ли До Хун, Ван И). */
const EAST_ASIAN_SYLLABLE = /^[бвгджзйклмнпрстфхцчшщ]{0,3}[аеиоуыэюя]{1,2}[нгльмкпй]?$/;

export interface NameRun {
  end: number;
  words: string[];
  eastAsian: boolean;
}

/** Up to three capitalised name words from token `j`; East Asian names are not declined. */
export function nameRunAt(tokens: RuToken[], j: number): NameRun | undefined {
  const words: string[] = [];
  let k = j;
  while (
    k < tokens.length &&
    words.length < MAX_NAME_WORDS &&
    // "Ван И": a capital И after a name word is a syllable of the name, not "and".
    (isNameWordAt(tokens, k) || (words.length > 0 && tokens[k]!.text === 'И'))
  ) {
    words.push(tokens[k]!.lower);
    k++;
  }
  if (words.length === 0) return undefined;
  const eastAsian = words.length >= 2 && words.every((w) => EAST_ASIAN_SYLLABLE.test(w));
  return { end: k, words, eastAsian };
}

const capitalize = (w: string) =>
  w
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('-');

export interface ReadName {
  resolved: Resolved;
  tag: CaseTag;
}

/**
 * A person by a declined name: each reading in turn, the nominative first, against the people of
 * the article and the graph; when none is known and `options.allowNew`, the best reading is new.
 */
export function resolvePerson(
  context: ArticleContext,
  run: NameRun,
  options: PersonOptions,
  titleCase?: string,
): ReadName | undefined {
  const candidates = run.eastAsian
    ? [{ stems: run.words, tag: 'nom' as CaseTag }]
    : nameReadings(run.words, givenNameGender, titleCase);
  for (const reading of candidates) {
    const surface = reading.stems.map(capitalize).join(' ');
    const resolved = context.person(
      { surface, latin: russianToLatin(surface) },
      { ...options, allowNew: false },
    );
    if (resolved) return { resolved, tag: reading.tag };
  }
  const best = candidates[0];
  if (!options.allowNew || !best) return undefined;
  const surface = best.stems.map(capitalize).join(' ');
  const resolved = context.person({ surface, latin: russianToLatin(surface) }, options);
  return resolved && { resolved, tag: best.tag };
}
