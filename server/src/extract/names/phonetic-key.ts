/**
 * Phonetic keys let one person's name match across spellings and scripts: "Zakharova" and the
 * transliterated "Jakharova" (జఖరోవా), "Lee Do-hoon" and "Li Do-hun" (లీ డో-హూన్). Keys fold
 * what transliteration blurs: z/j, w/v, x/s, aspirates, doubled letters and long vowels.
 */

const DIGRAPHS: [RegExp, string][] = [
  [/sch/g, 'S'],
  [/sh/g, 'S'],
  [/zh/g, 'J'],
  [/t?ch/g, 'C'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/^x/g, 'S'],
  [/x/g, 'ks'],
  [/c/g, 'k'],
  [/q/g, 'k'],
  [/z/g, 'j'],
  [/w/g, 'v'],
  [/([bdgjkpt])h/g, '$1'],
  [/iy(?=[aeiou])/g, 'i'],
  [/ey$/g, 'i'],
  [/(?<=.)y(?![aeiou])/g, 'i'],
  [/ee|ie(?=.)|ii/g, 'i'],
  [/oo|ou|uu/g, 'u'],
  [/eo/g, 'o'],
  [/ae/g, 'e'],
  [/aa/g, 'a'],
  [/([b-df-hj-np-tv-z])\1+/g, '$1'],
];

function tokenKey(token: string): string {
  let key = token;
  for (const [pattern, replacement] of DIGRAPHS) key = key.replace(pattern, replacement);
  return key.toLowerCase();
}

/** The words of a Latin name, lower case, without accents; hyphenated parts join ("Ho-jin" → "hojin"). */
export function nameTokens(latinName: string): string[] {
  return latinName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-'’]/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean);
}

export interface NameKey {
  /** One key per word. */
  tokens: string[];
  /** The words' keys joined: "Kim Jong-un" and "Kim Jong Un" meet here. */
  joined: string;
  /** Consonants only (each word keeps its first letter): survives vowel changes such as Gunn/గన్. */
  skeleton: string;
}

const skeletonOf = (key: string) => key.charAt(0) + key.slice(1).replace(/[aeiouy]/g, '');

/** Keys are asked for the same words again and again; past this many the memo starts over. */
const MEMO_MAX_ENTRIES = 50_000;
const memo = new Map<string, NameKey>();

export function nameKey(latinName: string): NameKey {
  const cached = memo.get(latinName);
  if (cached) return cached;
  const tokens = nameTokens(latinName).map(tokenKey);
  const key = { tokens, joined: tokens.join(''), skeleton: tokens.map(skeletonOf).join('') };
  if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
  memo.set(latinName, key);
  return key;
}

type NameMatch = 'same' | 'similar' | 'different';

/** Below this many letters a skeleton is too common to stand for one name: Wong and Wang are two. */
const MIN_SKELETON_LETTERS = 4;

/** Same key: the same name. Similar: same consonants and nearly the same length. */
export function compareNames(a: NameKey, b: NameKey): NameMatch {
  if (a.joined === '' || b.joined === '') return 'different';
  if (a.joined === b.joined) return 'same';
  if (
    a.skeleton === b.skeleton &&
    a.joined.charAt(0) === b.joined.charAt(0) &&
    Math.abs(a.joined.length - b.joined.length) <= 2 &&
    a.skeleton.length >= MIN_SKELETON_LETTERS
  )
    return 'similar';
  return 'different';
}
