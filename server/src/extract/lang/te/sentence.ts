import type { Mention, Sentence } from '../../types';
import { POSTPOSITIONS } from './lexicon';
import { tokenizeTelugu, type TeToken } from './tokens';

/** A Telugu sentence's tokens with its mentions placed on them, and what each mention's position says. */
export class TeluguSentence {
  readonly tokens: TeToken[];
  private readonly firstTokens: number[];
  private readonly lastTokens: number[];
  /** Mentions added for subjects the text leaves out: speakers only, never parties of the words. */
  private readonly unwritten = new Set<number>();

  constructor(
    readonly sentence: Sentence,
    readonly mentions: Mention[],
  ) {
    this.tokens = tokenizeTelugu(sentence);
    const indexOfStart = new Map(this.tokens.map((t, i) => [t.start, i]));
    const indexOfEnd = new Map(this.tokens.map((t, i) => [t.end, i]));
    // A half of a hyphenated word ("మోదీ-పుతిన్") lies on the token that holds it.
    const holding = (at: number) => this.tokens.findIndex((t) => t.start <= at && at <= t.end);
    this.firstTokens = mentions.map((m) => indexOfStart.get(m.span.start) ?? holding(m.span.start));
    this.lastTokens = mentions.map((m) => indexOfEnd.get(m.span.end) ?? holding(m.span.end));
  }

  /** A mention the text leaves out (a subject read from the verb), placed on token `token`. */
  addMention(mention: Mention, token: number): number {
    this.mentions.push(mention);
    this.firstTokens.push(token);
    this.lastTokens.push(token);
    this.unwritten.add(this.mentions.length - 1);
    return this.mentions.length - 1;
  }

  firstToken(mention: number): number {
    return this.firstTokens[mention]!;
  }

  lastToken(mention: number): number {
    return this.lastTokens[mention]!;
  }

  /** Mentions that start within tokens [from, to), in order. */
  mentionsIn(from: number, to: number): number[] {
    return this.mentions.flatMap((_, m) =>
      this.firstTokens[m]! >= from && this.firstTokens[m]! < to ? [m] : [],
    );
  }

  isParty(mention: number): boolean {
    const m = this.mentions[mention]!;
    return m.ids.length > 0 && !m.channel && !this.unwritten.has(mention);
  }

  isActor(mention: number): boolean {
    return !!this.mentions[mention]?.ids[0]?.startsWith('actor:');
  }

  /**
   * "A మరియు B", "A, B" (two people): the mentions a subject or object consists of. Commas only
   * join people, so "సియోల్ … ప్రకారం, ఉత్తర కొరియాతో" stays apart.
   */
  group(mention: number): number[] {
    const members = [mention];
    for (let m = mention; m > 0; m--) {
      const joint = this.joined(m - 1, m);
      if (!joint) break;
      members.unshift(m - 1);
    }
    for (let m = mention; m + 1 < this.mentions.length; m++) {
      if (!this.joined(m, m + 1)) break;
      members.push(m + 1);
    }
    return members;
  }

  private joined(a: number, b: number): boolean {
    if (this.lastTokens[a] === this.firstTokens[b])
      return (
        this.tokens[this.firstTokens[b]!]!.text.includes('-') && this.isActor(a) && this.isActor(b)
      );
    const between = this.tokens.slice(this.lastTokens[a]! + 1, this.firstTokens[b]!);
    if (between.length !== 1 || this.mentions[a]!.marker || !this.isParty(a) || !this.isParty(b))
      return false;
    const word = between[0]!.text;
    return word === 'మరియు' || (word === ',' && this.isActor(a) && this.isActor(b));
  }

  /** Unmarked, not an owner ("పుతిన్ పర్యటనపై"), and not before a postposition, for itself or its group. */
  isSubjectLike(mention: number): boolean {
    const m = this.mentions[mention]!;
    if (!this.isParty(mention) || m.marker || m.possessive) return false;
    const group = this.group(mention);
    const after = this.tokens[this.lastTokens[group[group.length - 1]!]! + 1];
    return !after || !POSTPOSITIONS.has(after.norm);
  }

  wordAt(i: number): string {
    return this.tokens[i]?.norm ?? '';
  }
}
