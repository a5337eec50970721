import { decompose, INITIAL } from './hangul';
import { familyNameOf, NORTH_FAMILY_NAMES, SOUTH_FAMILY_NAMES } from './family-names';
import { spellWord, type Convention } from './romanize';

/*
 * A person's name in Hangul as Latin spellings, the one the English press would print first
 * ("임수석" → Lim Soo-suk, then Im Soo-suk, Lim Su-seok …), so the phonetic keys can meet the
 * graph's spelling whichever the person uses.
 */

/** Past this many spellings of one name, the rarer ones are not tried. */
const MAX_CANDIDATES = 64;

function product(parts: string[][], join: string): string[] {
  let out = [''];
  parts.forEach((options, k) => {
    const grown: string[] = [];
    for (const prefix of out)
      for (const o of options) grown.push(k === 0 ? o : `${prefix}${join}${o}`);
    out = grown.slice(0, MAX_CANDIDATES);
  });
  return out;
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const foreignWord = (word: string, convention: Convention) =>
  product(
    word.split('-').map((part) => spellWord(part, convention).map(capital)),
    '-',
  );

/** 하이밍 after 싱: a bare vowel syllable after an open one belongs to the syllable before (pinyin "hai"). */
function chineseFamilyLength(word: string): number {
  const first = decompose(word.charAt(0));
  const second = decompose(word.charAt(1));
  const glide =
    first?.final === 0 && second?.initial === INITIAL.none && second.final === 0 && word.length > 2;
  return glide ? 2 : 1;
}

function koreanName(word: string, convention: 'south' | 'north'): string[] | undefined {
  const family = familyNameOf(word);
  if (!family || word.length === family.length || word.length > family.length + 2) return undefined;
  const families =
    convention === 'north'
      ? [...(NORTH_FAMILY_NAMES[family] ?? []), ...(SOUTH_FAMILY_NAMES[family] ?? [])]
      : [...(SOUTH_FAMILY_NAMES[family] ?? []), ...(NORTH_FAMILY_NAMES[family] ?? [])];
  const given = [...word.slice(family.length)].map((syllable, k) =>
    spellWord(syllable, convention, k === 0),
  );
  const givenNames = product(given, '-').map(capital);
  return product([[...new Set(families)], givenNames], ' ');
}

function chineseName(word: string): string[] {
  const split = chineseFamilyLength(word);
  const family = spellWord(word.slice(0, split), 'chinese').map(capital);
  if (word.length === split) return family;
  const given = spellWord(word.slice(split), 'chinese').map(capital);
  return product([family, given], ' ');
}

/**
 * Latin spellings of a name written in Hangul, the usual first. One unspaced word is an East
 * Asian name, family name first; spaced words are a foreign name word by word, and Japanese
 * names, which Korean writes family name first, turn to the given name first.
 */
export function nameToLatin(words: string[], convention: Convention): string[] {
  const key = `${convention}:${words.join(' ')}`;
  let spellings = memo.get(key);
  if (!spellings) {
    spellings = spell(words, convention);
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    memo.set(key, spellings);
  }
  return spellings;
}

/** Names recur across sentences and articles; past this many the memo starts over. */
const MEMO_MAX_ENTRIES = 20_000;
const memo = new Map<string, string[]>();

function spell(words: string[], convention: Convention): string[] {
  if (words.length === 1) {
    const word = words[0]!;
    if (convention === 'south' || convention === 'north')
      return koreanName(word, convention) ?? chineseName(word);
    if (convention === 'chinese') return chineseName(word);
    return foreignWord(word, convention);
  }
  const spelled = words.map((w) => foreignWord(w, convention));
  return product(convention === 'japanese' ? spelled.reverse() : spelled, ' ');
}

/** The usual spelling alone: for names that no one in the graph may already hold. */
export const hangulToLatin = (words: string[], convention: Convention): string =>
  nameToLatin(words, convention)[0] ?? words.join(' ');
