import Sanscript from '@indic-transliteration/sanscript';

/** Latin letters as Telugu spells them when they stand as initials ("ఎస్. జైశంకర్" = "S. Jaishankar"). */
export const INITIALS: Record<string, string> = {
  ఎ: 'A',
  ఏ: 'A',
  బి: 'B',
  సి: 'C',
  డి: 'D',
  ఇ: 'E',
  ఎఫ్: 'F',
  జి: 'G',
  హెచ్: 'H',
  ఐ: 'I',
  జె: 'J',
  కె: 'K',
  ఎల్: 'L',
  ఎం: 'M',
  ఎమ్: 'M',
  ఎన్: 'N',
  ఓ: 'O',
  పి: 'P',
  క్యూ: 'Q',
  ఆర్: 'R',
  ఎస్: 'S',
  టి: 'T',
  యు: 'U',
  వి: 'V',
  డబ్ల్యు: 'W',
  ఎక్స్: 'X',
  వై: 'Y',
  జెడ్: 'Z',
};

/** IAST letters that plain English spelling writes differently; applied before accents are dropped. */
const PLAIN_SPELLING: [RegExp, string][] = [
  [/ṃ(?=[pbmv])/g, 'm'],
  [/ṃ/g, 'n'],
  [/[śṣ]/g, 'sh'],
  [/ṛ/g, 'ri'],
  [/ch/g, 'c'],
  [/c/g, 'ch'],
];

/** Names recur across articles; past this many the cache starts over. */
const CACHE_MAX_ENTRIES = 50_000;
const cache = new Map<string, string>();

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function plainWord(iast: string): string {
  let word = iast;
  for (const [pattern, replacement] of PLAIN_SPELLING) word = word.replace(pattern, replacement);
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * A Telugu name in plain Latin letters, the way English news would roughly spell it:
 * "లిమ్ సూ-సుక్" → "Lim Su-suk", "ఎస్. జైశంకర్" → "S. Jaishankar". The spelling is only
 * approximate (Telugu writes z as j and w as v); names are matched phonetically, not by spelling.
 */
export function teluguToLatin(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const words = text
    .replace(/[\u200C\u200D]/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const bare = word.replace(/\.$/, '');
      const initial = INITIALS[bare];
      if (initial && bare !== word) return `${initial}.`;
      const latin = plainWord(Sanscript.t(word, 'telugu', 'iast'));
      return capitalize(latin);
    });
  const result = words.join(' ');
  if (cache.size >= CACHE_MAX_ENTRIES) cache.clear();
  cache.set(text, result);
  return result;
}
