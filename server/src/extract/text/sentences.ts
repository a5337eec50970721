import type { Quote, Sentence } from '../types';
import { findQuotes } from './quotes';

/** What a language module tells the splitter about its writing. */
export interface SentenceConventions {
  /** Words whose period does not end a sentence, compared without the period in lower case. */
  abbreviations: ReadonlySet<string>;
  /** After a quote that ends in "?" or "!", words that attribute it and keep the sentence going. */
  quotativeAfterQuote?: RegExp;
  /** Two periods or more ("చెప్పడంతో.. పుతిన్") join clauses of one sentence rather than end it. */
  ellipsisContinues?: boolean;
  /**
   * Letters before a period that end a sentence even when the next one follows without a space
   * ("항의했습니다.중국 외교부가", as some pages run their sentences together).
   */
  endsWithoutSpace?: RegExp;
}

const TERMINATOR = /[.!?।]/;
const CLOSERS = /[”"’)\]»]/;
const STARTS_SENTENCE = /[\p{Lu}\p{Lo}\p{N}“"«‘(]/u;
/**
 * The longest stretch the language rules read as one sentence. Real sentences, quotes of several
 * sentences included, stay far below it (the longest in the development articles has 677
 * characters); text that never ends a sentence is read in pieces of at most this length, so the
 * work per sentence is bounded and extraction time grows linearly with the text.
 */
export const MAX_SENTENCE_CHARS = 2_000;

function wordBefore(text: string, period: number): string {
  let i = period;
  while (i > 0 && /[\p{L}\p{M}\p{N}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, period);
}

function isAbbreviation(word: string, conventions: SentenceConventions): boolean {
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true; // initials and U.S.
  return conventions.abbreviations.has(word.toLowerCase());
}

/** Index of the first quote that starts at or after `at`; quotes are in order and do not overlap. */
function firstQuoteFrom(quotes: Quote[], at: number): number {
  let low = 0;
  let high = quotes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (quotes[mid]!.outer.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

function insideQuote(quotes: Quote[], at: number): boolean {
  const before = quotes[firstQuoteFrom(quotes, at) - 1];
  return before !== undefined && at > before.outer.start && at < before.outer.end;
}

function quotesStartingIn(quotes: Quote[], start: number, end: number): Quote[] {
  const found: Quote[] = [];
  for (let i = firstQuoteFrom(quotes, start); i < quotes.length; i++) {
    if (quotes[i]!.outer.start >= end) break;
    found.push(quotes[i]!);
  }
  return found;
}

/** [start, end) in pieces of at most MAX_SENTENCE_CHARS, each ending after white space where there is some. */
function pieces(text: string, start: number, end: number): [number, number][] {
  const found: [number, number][] = [];
  while (end - start > MAX_SENTENCE_CHARS) {
    const limit = start + MAX_SENTENCE_CHARS;
    let cut = limit;
    while (cut > start + 1 && !/\s/.test(text[cut - 1]!)) cut--;
    if (cut === start + 1) cut = limit;
    const [s, e] = trimmed(text, start, cut);
    if (e > s) found.push([s, e]);
    start = cut;
  }
  const [s, e] = trimmed(text, start, end);
  if (e > s) found.push([s, e]);
  return found;
}

/** Where sentences end inside one paragraph: after a terminator, outside quotes, before a new start. */
function boundaries(
  text: string,
  from: number,
  to: number,
  quotes: Quote[],
  conventions: SentenceConventions,
): number[] {
  const ends: number[] = [];
  for (let i = from; i < to; i++) {
    if (!TERMINATOR.test(text[i]!)) continue;
    let end = i + 1;
    while (end < to && CLOSERS.test(text[end]!)) end++;
    let next = end;
    while (next < to && /\s/.test(text[next]!)) next++;
    if (next >= to) continue;
    const runOn = text[i] === '.' && !!conventions.endsWithoutSpace?.test(text[i - 1] ?? '');
    if (next === end && !runOn) continue;
    if (!STARTS_SENTENCE.test(text[next]!)) continue;
    const attribution = conventions.quotativeAfterQuote;
    if (end > i + 1 && attribution?.test(text.slice(next, next + 8))) continue;
    if (text[i] === '.' && isAbbreviation(wordBefore(text, i), conventions)) continue;
    if (conventions.ellipsisContinues && text[i] === '.' && text[i - 1] === '.') continue;
    if (insideQuote(quotes, end)) continue;
    ends.push(end);
  }
  return ends;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Splits text into sentences with absolute offsets. Paragraph breaks always end a sentence;
 * inside a paragraph a sentence never ends inside a quotation, so a quote of several sentences
 * stays with the words that say who spoke it.
 */
export function splitSentences(text: string, conventions: SentenceConventions): Sentence[] {
  const quotes = findQuotes(text);
  const sentences: Sentence[] = [];
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const from = paragraph.index;
    const to = from + paragraph[0].length;
    let start = from;
    for (const end of [...boundaries(text, from, to, quotes, conventions), to]) {
      for (const [s, e] of pieces(text, start, end))
        sentences.push({
          index: sentences.length,
          start: s,
          end: e,
          text: text.slice(s, e),
          quotes: quotesStartingIn(quotes, s, e),
        });
      start = end;
    }
  }
  return sentences;
}
