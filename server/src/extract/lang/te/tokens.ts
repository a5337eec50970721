import type { Sentence } from '../../types';
import { CASE_SUFFIXES } from './lexicon';

export interface TeToken {
  start: number;
  end: number;
  text: string;
  /** Without zero-width joiners, which Telugu writers use inconsistently ("జైశంకర్‌ను"). */
  norm: string;
  isWord: boolean;
  inQuote: boolean;
}

const TOKEN =
  /[\u0C00-\u0C7F\u200C\u200D]+(?:-[\u0C00-\u0C7F\u200C\u200D]+)*|[A-Za-z][A-Za-z'’-]*|\d+|\S/gu;
const MIN_STEM_CHARS = 2;

export function tokenizeTelugu(sentence: Sentence): TeToken[] {
  return [...sentence.text.matchAll(TOKEN)].map((match) => {
    const start = sentence.start + match.index;
    return {
      start,
      end: start + match[0].length,
      text: match[0],
      norm: match[0].replace(/[\u200C\u200D]/g, ''),
      isWord: /[\p{L}\p{N}]/u.test(match[0]),
      inQuote: sentence.quotes.some((q) => start >= q.inner.start && start < q.inner.end),
    };
  });
}

/** A word's readings: as written, and without each case ending it may carry ("రుడెంకోతో" → "రుడెంకో" + with). */
export function caseForms(norm: string): { stem: string; marker?: string }[] {
  const forms: { stem: string; marker?: string }[] = [{ stem: norm }];
  for (const [suffix, marker] of CASE_SUFFIXES)
    if (norm.endsWith(suffix) && norm.length - suffix.length >= MIN_STEM_CHARS)
      forms.push({ stem: norm.slice(0, -suffix.length), marker });
  return forms;
}

export interface PhraseMatch<T> {
  value: T;
  /** The phrase as written, without the case ending. */
  surface: string;
  /** Token index after the phrase. */
  end: number;
  /** Case ending on the phrase's last word, if any. */
  marker?: string;
}

/** Telugu phrases by their words, with what a quick rejection needs: first words and length. */
export class TeluguPhrases<T> {
  private readonly byPhrase: ReadonlyMap<string, T>;
  private readonly firstWords = new Set<string>();
  private readonly maxWords: number;

  constructor(record: Record<string, T>) {
    this.byPhrase = new Map(
      Object.entries(record).map(([k, v]) => [k.replace(/[\u200C\u200D]/g, ''), v]),
    );
    let max = 1;
    for (const phrase of this.byPhrase.keys()) {
      const words = phrase.split(' ');
      this.firstWords.add(words[0]!);
      max = Math.max(max, words.length);
    }
    this.maxWords = max;
  }

  has(word: string): boolean {
    return this.byPhrase.has(word);
  }

  /** The longest phrase starting at token `i`; its last word may carry a case ending. */
  at(tokens: TeToken[], i: number): PhraseMatch<T> | undefined {
    const first = tokens[i];
    if (!first?.isWord || !caseForms(first.norm).some((f) => this.firstWords.has(f.stem)))
      return undefined;
    for (let n = Math.min(this.maxWords, tokens.length - i); n >= 1; n--) {
      const words = tokens.slice(i, i + n);
      if (!words.every((w) => w.isWord)) continue;
      const head = words.slice(0, -1).map((w) => w.norm);
      for (const { stem, marker } of caseForms(words[n - 1]!.norm)) {
        const surface = [...head, stem].join(' ');
        const value = this.byPhrase.get(surface);
        if (value !== undefined)
          return { value, surface, end: i + n, ...(marker ? { marker } : {}) };
      }
    }
    return undefined;
  }
}
