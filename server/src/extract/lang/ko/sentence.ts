import type { Mention, Sentence } from '../../types';
import { readingsOf, tokenizeKorean, type KoQuote, type KoToken } from './tokens';

/** One Korean sentence: its tokens, quotations and mentions by token. */
export class KoreanSentence {
  readonly tokens: KoToken[];
  readonly quotes: KoQuote[];
  private readonly firstTokens: number[];
  private readonly lastTokens: number[];

  constructor(
    readonly sentence: Sentence,
    readonly mentions: Mention[],
  ) {
    ({ tokens: this.tokens, quotes: this.quotes } = tokenizeKorean(sentence));
    this.firstTokens = mentions.map((m) => this.tokens.findIndex((t) => t.start >= m.span.start));
    this.lastTokens = mentions.map((m) => {
      let k = this.tokens.length - 1;
      while (k > 0 && this.tokens[k]!.end > m.span.end) k--;
      return k;
    });
  }

  word(k: number): string {
    return this.tokens[k]?.text ?? '';
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

  isActor(m: number): boolean {
    return this.mentions[m]!.ids[0]?.startsWith('actor:') ?? false;
  }

  /** The mention's part; "X 등을" (X and others) takes the particle of 등. */
  marker(m: number): string {
    const own = this.mentions[m]!.marker;
    if (own) return own;
    const next = this.word(this.lastToken(m) + 1);
    if (!next.startsWith('등')) return '';
    return readingsOf(next).find((r) => r.stem === '등')?.marker ?? '';
  }

  inQuote(m: number): boolean {
    return this.tokens[this.firstToken(m)]?.inQuote ?? false;
  }

  /** The double quotation that holds token `k`, if any. */
  quoteAt(k: number): KoQuote | undefined {
    const at = this.tokens[k]?.start ?? -1;
    return this.quotes.find((q) => q.double && at >= q.inner.start && at < q.inner.end);
  }
}
