import type { Mention, Quote, Sentence } from '../../types';
import { tokenizeRussian, type RuToken } from './tokens';

/** One Russian sentence: its tokens, and its mentions by token. */
export class RussianSentence {
  readonly tokens: RuToken[];
  private readonly firstTokens: number[];
  private readonly lastTokens: number[];

  constructor(
    readonly sentence: Sentence,
    readonly mentions: Mention[],
  ) {
    this.tokens = tokenizeRussian(sentence);
    this.firstTokens = mentions.map((m) => this.tokens.findIndex((t) => t.start >= m.span.start));
    this.lastTokens = mentions.map((m) => {
      let k = this.tokens.length - 1;
      while (k > 0 && this.tokens[k]!.end > m.span.end) k--;
      return k;
    });
  }

  word(k: number): string {
    return this.tokens[k]?.lower ?? '';
  }

  firstToken(m: number): number {
    return this.firstTokens[m]!;
  }

  lastToken(m: number): number {
    return this.lastTokens[m]!;
  }

  /** Mentions that start in tokens [from, to). */
  mentionsIn(from: number, to: number): number[] {
    return this.mentions.flatMap((_, m) =>
      this.firstTokens[m]! >= from && this.firstTokens[m]! < to ? [m] : [],
    );
  }

  isParty(m: number): boolean {
    const mention = this.mentions[m]!;
    return mention.ids.length > 0 && !mention.channel;
  }

  marker(m: number): string {
    return this.mentions[m]!.marker ?? '';
  }

  inQuote(m: number): boolean {
    return this.tokens[this.firstToken(m)]?.inQuote ?? false;
  }

  /** The quote that closes right before token `k`, with only punctuation between. */
  quoteEndingBefore(k: number): Quote | undefined {
    let j = k - 1;
    while (
      j >= 0 &&
      !this.tokens[j]!.isWord &&
      !this.tokens[j]!.inQuote &&
      /^[,.–—:-]$/.test(this.tokens[j]!.text)
    )
      j--;
    const closer = this.tokens[j];
    if (!closer) return undefined;
    return this.sentence.quotes.find((q) => q.outer.end === closer.end);
  }

  /** The first quote that opens at or after token `k`. */
  quoteFrom(k: number): Quote | undefined {
    const at = this.tokens[k]?.start ?? Infinity;
    return this.sentence.quotes.find((q) => q.outer.start >= at);
  }

  /** Where the sentence's words end, without its final period. */
  textEnd(): number {
    const last = this.tokens[this.tokens.length - 1];
    const before = this.tokens[this.tokens.length - 2];
    return last && /^[.!?]$/.test(last.text) && before
      ? before.end
      : (last?.end ?? this.sentence.end);
  }
}
