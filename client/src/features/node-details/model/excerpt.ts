export type Excerpt = {
  before: string;
  evidence: string;
  after: string;
  /** Text was cut before `before` / after `after`. */
  cutBefore: boolean;
  cutAfter: boolean;
};

export const EXCERPT_CONTEXT_CHARS = 240;

/**
 * The evidence with the rest of its paragraph around it, at most `context` characters each side,
 * cut at a word boundary. Offsets are UTF-16 code units, as JavaScript indexes strings.
 */
export function excerptAround(
  text: string,
  start: number,
  end: number,
  context: number = EXCERPT_CONTEXT_CHARS,
): Excerpt | null {
  if (start < 0 || end > text.length || end <= start) return null;
  const paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
  const newlineAfter = text.indexOf('\n', end);
  const paragraphEnd = newlineAfter === -1 ? text.length : newlineAfter;

  let from = Math.max(paragraphStart, start - context);
  let to = Math.min(paragraphEnd, end + context);
  if (from > paragraphStart) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < paragraphEnd) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return {
    before: text.slice(from, start),
    evidence: text.slice(start, end),
    after: text.slice(end, to),
    cutBefore: from > 0 && from > paragraphStart,
    cutAfter: to < paragraphEnd,
  };
}
