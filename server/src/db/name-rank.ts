import { compareNames, nameKey } from '../extract/names/phonetic-key';
import { searchWords } from './fulltext-query';

/** How a name matched a query, best first: the order results are shown in. */
export const NameRank = { exact: 0, words: 1, sound: 2, typo: 3 } as const;
export type NameRank = (typeof NameRank)[keyof typeof NameRank];

const sameWords = (a: string[], b: string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

/** Every query word is a word of the alias, the last perhaps a prefix of one. */
function hasWords(query: string[], alias: string[]): boolean {
  return query.every((word, i) =>
    alias.some((a) => a === word || (i === query.length - 1 && a.startsWith(word))),
  );
}

/** Every query word sounds like a word of the alias: the phonetic keys that merge names at ingest. */
function soundsLike(query: string, alias: string): boolean {
  const q = nameKey(query);
  const a = nameKey(alias);
  if (q.tokens.length === 0) return false;
  return compareNames(q, a) === 'same' || q.tokens.every((token) => a.tokens.includes(token));
}

function rankOne(query: string, alias: string): NameRank {
  const q = searchWords(query);
  const a = searchWords(alias);
  if (sameWords(q, a)) return NameRank.exact;
  if (hasWords(q, a)) return NameRank.words;
  if (soundsLike(query, alias)) return NameRank.sound;
  return NameRank.typo;
}

/**
 * The best way any of the query's forms (as typed, or spelled in Latin letters) matched any of a
 * party's names. The full-text index found the party; this decides its place.
 */
export function rankName(forms: readonly string[], aliases: readonly string[]): NameRank {
  let best: NameRank = NameRank.typo;
  for (const form of forms)
    for (const alias of aliases) best = Math.min(best, rankOne(form, alias)) as NameRank;
  return best;
}
