/*
 * Hangul syllables by their letters: a syllable block U+AC00–U+D7A3 is
 * 0xAC00 + (initial × 21 + medial) × 28 + final, so its jamo are arithmetic on the code point.
 */

const FIRST = 0xac00;
const LAST = 0xd7a3;
const MEDIALS = 21;
const FINALS = 28;

/** Indexes into the Unicode jamo orders: 19 initials, 21 medials, 28 finals (0 = none). */
export interface Syllable {
  initial: number;
  medial: number;
  final: number;
}

const isSyllable = (ch: string): boolean => {
  const code = ch.charCodeAt(0);
  return code >= FIRST && code <= LAST;
};

export function decompose(ch: string): Syllable | undefined {
  if (!isSyllable(ch)) return undefined;
  const offset = ch.charCodeAt(0) - FIRST;
  return {
    initial: Math.floor(offset / (MEDIALS * FINALS)),
    medial: Math.floor(offset / FINALS) % MEDIALS,
    final: offset % FINALS,
  };
}

/** Whether the word's last syllable ends in a consonant: 은/이/을/과 follow one, 는/가/를/와 do not. */
export function endsInConsonant(word: string): boolean {
  const last = decompose(word.charAt(word.length - 1));
  return last !== undefined && last.final !== 0;
}

/** Initials by index, named as Revised Romanization spells them before a vowel. */
export const INITIAL = {
  g: 0,
  kk: 1,
  n: 2,
  d: 3,
  tt: 4,
  r: 5,
  m: 6,
  b: 7,
  pp: 8,
  s: 9,
  ss: 10,
  none: 11,
  j: 12,
  jj: 13,
  ch: 14,
  k: 15,
  t: 16,
  p: 17,
  h: 18,
} as const;

/** Medials by index. */
export const MEDIAL = {
  a: 0,
  ae: 1,
  ya: 2,
  yae: 3,
  eo: 4,
  e: 5,
  yeo: 6,
  ye: 7,
  o: 8,
  wa: 9,
  wae: 10,
  oe: 11,
  yo: 12,
  u: 13,
  wo: 14,
  we: 15,
  wi: 16,
  yu: 17,
  eu: 18,
  ui: 19,
  i: 20,
} as const;

/** The 28 finals by index as Revised Romanization spells them at the end of a word (clusters by their first sound). */
export const FINAL_SOUNDS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
] as const;

/** Hangul syllables only. */
export const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;
