import type { Quote } from '../types';

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '"': '"' };
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Quotations in one paragraph, in absolute offsets. Curly and angle quotes pair up; straight
 * quotes alternate. A quote still open at the end of its paragraph closes there: wire copy
 * leaves a quote open when it runs on into the next paragraph, which reopens it. A curly quote
 * still open where the next one opens closes there too.
 */
function paragraphQuotes(text: string, from: number, to: number): Quote[] {
  const quotes: Quote[] = [];
  let open: { at: number; closer: string } | undefined;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (open) {
      if (ch === '“' && open.closer === '”') {
        // A curly opener while a quote is open: the writer left the last one unclosed.
        const end = from + text.slice(from, i).trimEnd().length;
        quotes.push({ inner: { start: open.at + 1, end }, outer: { start: open.at, end } });
        open = { at: i, closer: '”' };
      } else if (ch === open.closer) {
        quotes.push({
          inner: { start: open.at + 1, end: i },
          outer: { start: open.at, end: i + 1 },
        });
        open = undefined;
      }
      continue;
    }
    const closer = OPENERS[ch];
    if (closer) open = { at: i, closer };
    else if (ch === '‘' && !WORD_CHAR.test(text[i - 1] ?? ' ')) {
      // Single quotes only where the closing mark is not an apostrophe ("Moscow’s").
      const end = findSingleQuoteEnd(text, i + 1, to);
      if (end !== undefined) {
        quotes.push({ inner: { start: i + 1, end }, outer: { start: i, end: end + 1 } });
        i = end;
      }
    }
  }
  if (open && to - open.at > 1)
    quotes.push({ inner: { start: open.at + 1, end: to }, outer: { start: open.at, end: to } });
  return quotes;
}

function findSingleQuoteEnd(text: string, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++)
    if (text[i] === '’' && !WORD_CHAR.test(text[i + 1] ?? ' ')) return i;
  return undefined;
}

/** Every quotation of the text, paragraph by paragraph, in order. */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  const paragraph = /[^\n]+/g;
  for (const match of text.matchAll(paragraph))
    quotes.push(...paragraphQuotes(text, match.index, match.index + match[0].length));
  return quotes;
}
