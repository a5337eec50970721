import type { Sentence } from '../../types';

export interface Token {
  /** Absolute offsets of the word (without a possessive "'s"). */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** "Moscow's": the token is "Moscow" and this is true. */
  possessive: boolean;
  inQuote: boolean;
  isWord: boolean;
}

// "Then-North Korean leader", "ex-President": the time prefix is a word of its own, not part of a name.
const TOKEN =
  /\b(?:[Tt]hen|[Ee]x|[Ff]ormer)(?=-\p{Lu})|(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|(?:Maj|Gen|Col|Lt|Mr|Mrs|Ms|Dr|Adm|Sgt|Capt|Gov|Sen|Rep|Prof|St|Brig)\.|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const POSSESSIVE = /['’]s$/;

/** Words and punctuation of a sentence with absolute offsets; possessive endings come off the word. */
export function tokenize(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.text.matchAll(TOKEN)) {
    let text = match[0];
    const start = sentence.start + match.index;
    const possessive = POSSESSIVE.test(text) && text.length > 3;
    if (possessive) text = text.slice(0, -2);
    tokens.push({
      start,
      end: start + text.length,
      text,
      lower: text.toLowerCase(),
      possessive,
      inQuote: sentence.quotes.some((q) => start >= q.inner.start && start < q.inner.end),
      isWord: /[\p{L}\p{N}]/u.test(text),
    });
  }
  return tokens;
}

export const isCapitalized = (token: Token) => /^\p{Lu}/u.test(token.text);
export const isAllCaps = (token: Token) =>
  /^[\p{Lu}.]+$/u.test(token.text) && token.text.length > 3;
