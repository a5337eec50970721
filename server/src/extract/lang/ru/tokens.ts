import type { Sentence } from '../../types';

export interface RuToken {
  start: number;
  end: number;
  text: string;
  /** Lower case, ё as е: how lexicons and rules compare words. */
  lower: string;
  isWord: boolean;
  capitalized: boolean;
  inQuote: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*|\S/gu;
const CAPITAL = /^\p{Lu}/u;

export const normalizeRu = (word: string): string => word.toLowerCase().replace(/ё/g, 'е');

/** Mentions and facts read the same sentence: its tokens are made once. */
const bySentence = new WeakMap<Sentence, RuToken[]>();

export function tokenizeRussian(sentence: Sentence): RuToken[] {
  let tokens = bySentence.get(sentence);
  if (!tokens) bySentence.set(sentence, (tokens = tokenize(sentence)));
  return tokens;
}

function tokenize(sentence: Sentence): RuToken[] {
  return [...sentence.text.matchAll(TOKEN)].map((match) => {
    const start = sentence.start + match.index;
    const text = match[0];
    return {
      start,
      end: start + text.length,
      text,
      lower: normalizeRu(text),
      isWord: /[\p{L}\p{N}]/u.test(text),
      capitalized: CAPITAL.test(text),
      inQuote: sentence.quotes.some((q) => start >= q.inner.start && start < q.inner.end),
    };
  });
}
