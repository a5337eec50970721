import { usualGivenName } from '../../names/usual-given-names';
import { teluguToLatin } from './to-latin';
import type { TeToken } from './tokens';

/** Pinyin has no v and writes the Telugu క్వి as qi: వాంగ్ యీ is Wang Yi, క్విన్ గాంగ్ Qin Gang. */
const PINYIN: [RegExp, string][] = [
  [/^Kv(?=i)/, 'Q'],
  [/v/g, 'w'],
  [/^V/, 'W'],
];

/** "సెర్గీ లావ్రోవ్ (Sergei Lavrov)": the Latin name the paper adds in brackets, and where it ends. */
export function bracketedLatinAt(
  tokens: TeToken[],
  k: number,
): { words: string[]; end: number } | undefined {
  if (tokens[k]?.text !== '(') return undefined;
  const words: string[] = [];
  let j = k + 1;
  for (; j < tokens.length; j++) {
    const text = tokens[j]!.text;
    if (text === '.' && words.length > 0) words[words.length - 1] += '.';
    else if (/^[A-Z][A-Za-z'’-]*$/.test(text)) words.push(text);
    else break;
  }
  return words.length > 0 && tokens[j]?.text === ')' ? { words, end: j + 1 } : undefined;
}

/**
 * A name Telugu wrote, in the Latin spelling its holder's country uses: the paper's own Latin
 * in brackets first (for as many words as it gives), then pinyin for China's people, then the
 * usual spelling of a known given name ("Sergi" → "Sergey"). India's own names are read as written.
 */
export function latinNameOf(surface: string, country?: string, bracketed?: string[]): string {
  const words = teluguToLatin(surface).split(' ');
  if (bracketed) {
    const kept = words.slice(0, Math.max(0, words.length - bracketed.length));
    return [...kept, ...bracketed].join(' ');
  }
  if (country === 'China')
    return words
      .map((w) => PINYIN.reduce((word, [pattern, to]) => word.replace(pattern, to), w))
      .join(' ');
  if (country === 'India' || words.length < 2) return words.join(' ');
  const [first, ...rest] = words as [string, ...string[]];
  return [usualGivenName(first) ?? first, ...rest].join(' ');
}
