/** Where the white space that ends at `at` begins (`at` itself when there is none). */
export function spaceBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/**
 * The start of the `size` characters that end at `at`. A pattern anchored at the end (`…$`) is
 * tested on `text.slice(windowStart(…), at)` rather than on `text.slice(0, at)`: the engine tries
 * every start of what it is given, so on a growing prefix each test would cost the whole prefix.
 */
export function windowStart(at: number, size: number): number {
  return Math.max(0, at - size);
}
