import type { RawStatement, Sentence, Span } from '../../types';
import { backReference } from './back-reference';
import { teluguDateIn } from './dates';
import { AFTER_WORDS } from './lexicon';
import { COMPLEMENTIZER, QUOTED_APPEAL, type TeluguVerb } from './speech-verbs';
import type { TeluguSentence } from './sentence';
import { noteChannelReport, TeluguSpeakers } from './speakers';
import type { ArticleContext } from '../../article-context';
import { isTimeClauseVerb, speechVerbs, type VerbAt } from './verbs';

const CONFIDENCE = { quoted: 0.9, reported: 0.8, timeClause: 0.7 } as const;
/** Marks that place a party beside the action rather than as its target. */
const NOT_TARGETS = new Set(['in', 'with', 'from', 'in-adjective']);
/** An adjunct before the first comma ("ఈ సమావేశంలో,") is not part of what was said. */
const ADJUNCT_MAX_TOKENS = 4;
/** Fewer words than this between speaker and a verb of saying are no statement ("X ఎక్స్ లో పోస్ట్ చేశారు"). */
const MIN_CONTENT_WORDS = 3;
/** An accusative noun ("ఆవశ్యకతను", "విషయాన్ని"): the object of the verb of saying. */
const ACCUSATIVE = /[^\s](?:ను|ని)$/;

/** A statement with the tokens of its clause, for the reply rules. */
export interface TeluguStatement extends RawStatement {
  clause: { first: number; last: number };
  verbAt: VerbAt<TeluguVerb>;
}

/**
 * Finds the statements of one Telugu sentence. Each speech verb closes a clause; what was said is
 * a quote before "అని", or the clause ending in a quotative ("…ఉందని", "…వ్యవహరించాలని"). The
 * speaker is the unmarked party after that, else before it; a clause without one continues the
 * statement before it, unless an attribution ("… ప్రకారం") makes it a new one by the same speaker.
 */
export class TeluguStatements {
  readonly statements: TeluguStatement[] = [];

  private readonly speakers: TeluguSpeakers;

  constructor(
    private readonly s: TeluguSentence,
    private readonly context?: ArticleContext,
    private readonly previous?: Sentence,
  ) {
    this.speakers = new TeluguSpeakers(s, context);
  }

  find(): TeluguStatement[] {
    const back = this.previous && backReference(this.s, this.speakers);
    if (back && this.previous) {
      const said = { start: this.previous.start, end: this.previous.end };
      this.statements.push({
        speakers: back.speakers,
        addressees: [],
        text: said,
        evidence: { start: said.start, end: this.s.sentence.end },
        direct: false,
        verb: back.verbAt.verb.gloss,
        confidence: CONFIDENCE.reported,
        clause: { first: 0, last: back.verbAt.last },
        verbAt: back.verbAt,
      });
      return this.statements;
    }
    let start = 0;
    speechVerbs(this.s).forEach((verbAt, k) => {
      const first = this.skipPunctuation(start);
      start = this.nextClauseStart(verbAt.last);
      this.clause(first, verbAt, k === 0);
    });
    return this.statements;
  }

  private clause(first: number, verbAt: VerbAt<TeluguVerb>, opensSentence: boolean): void {
    const s = this.s;
    const quote = this.quoteBefore(first, verbAt.first);
    const complementizer = quote ? undefined : this.complementizerIn(first, verbAt.first);
    const said = quote ? quote.afterAni : complementizer === undefined ? first : complementizer + 1;
    const marked = quote !== undefined || complementizer !== undefined;
    const verb = verbAt.verb;
    let speaker = verb.speakerAfter
      ? this.speakers.after(verbAt.last)
      : marked
        ? this.speakers.first(said, verbAt.first)
        : this.speakers.last(first, verbAt.first);
    if (verb.speakerAfter && !speaker) return;
    const contentFrom = speaker ? this.contentStart(first, speaker) : first;
    if (verb.needsContent && !marked && !verb.speakerAfter) {
      if (this.contentWords(contentFrom, verbAt.first) < MIN_CONTENT_WORDS) {
        // "…వ్యాఖ్యలపై చైనా స్పందించింది. …అని పేర్కొంది": what China said comes next.
        if (speaker)
          this.context?.discourse.noteSpeakers(speaker.flatMap((m) => s.mentions[m]!.ids));
        return;
      }
    }
    if (!speaker && opensSentence && marked)
      speaker = this.speakers.before(
        first,
        quote ? quote.tokenStart : complementizer!,
        verbAt.last,
      );
    if (this.reportedByChannel(first, verbAt.first)) {
      noteChannelReport(this.context, s.sentence.index);
      return;
    }
    if (verb.cls === 'report' && !speaker) return;
    if (!speaker && opensSentence) speaker = this.speakers.zero(verbAt.first, verbAt.last);

    const previous = this.statements[this.statements.length - 1];
    const attributed = s.tokens.slice(first, verbAt.first).some((t) => t.norm === 'ప్రకారం');
    const addressees = this.addressees(first, verbAt, speaker ?? [], quote);
    if (!speaker && previous && !attributed) {
      previous.text = { start: previous.text.start, end: s.tokens[verbAt.last]!.end };
      previous.clause.last = verbAt.last;
      previous.addressees.push(...addressees.filter((a) => !previous.addressees.includes(a)));
      return;
    }
    const timeClause = isTimeClauseVerb(s, verbAt.last);
    const clauseSpan = { start: s.tokens[first]!.start, end: s.tokens[verbAt.last]!.end };
    const date = teluguDateIn(s, first, verbAt.last + 1) ?? teluguDateIn(s, 0, s.tokens.length);
    this.statements.push({
      speakers: speaker ?? [],
      addressees,
      text: quote
        ? quote.text
        : { start: s.tokens[this.afterAdjunct(first, verbAt.first)]!.start, end: clauseSpan.end },
      evidence: timeClause ? clauseSpan : { start: s.sentence.start, end: s.sentence.end },
      direct: !!quote,
      verb: verbAt.verb.gloss,
      confidence: quote
        ? CONFIDENCE.quoted
        : timeClause
          ? CONFIDENCE.timeClause
          : CONFIDENCE.reported,
      ...(date ? { date } : {}),
      clause: { first, last: verbAt.last },
      verbAt,
    });
  }

  /** A quote in the clause closed by "అని": what was said, and where the speaker may stand. */
  private quoteBefore(first: number, verb: number) {
    const s = this.s;
    for (const q of s.sentence.quotes) {
      const after = s.tokens.findIndex((t) => t.start >= q.outer.end);
      if (after < first || after >= verb || s.wordAt(after) !== 'అని') continue;
      const tokenStart = s.tokens.findIndex((t) => t.start >= q.outer.start);
      const raw = s.sentence.text.slice(
        q.inner.start - s.sentence.start,
        q.inner.end - s.sentence.start,
      );
      const trimmed = raw.replace(/[\s,.;:]+$/, '');
      return {
        afterAni: after + 1,
        tokenStart,
        text: { start: q.inner.start, end: q.inner.start + trimmed.length } as Span,
      };
    }
    return undefined;
  }

  private complementizerIn(first: number, verb: number): number | undefined {
    const inMention = new Set(
      this.s.mentions.flatMap((_, m) => rangeOf(this.s.firstToken(m), this.s.lastToken(m))),
    );
    for (let k = verb - 1; k >= first; k--)
      if (!inMention.has(k) && !this.s.tokens[k]!.inQuote && COMPLEMENTIZER.test(this.s.wordAt(k)))
        return k;
    return undefined;
  }

  /**
   * What was said starts after the speaker ("X … అని తెలిపారు"), or before it when it is the object
   * the speaker's verb takes ("…తొలగించాల్సిన ఆవశ్యకతను ఆయన వివరించారు": explained the need to …).
   */
  private contentStart(first: number, speaker: number[]): number {
    const s = this.s;
    const speakerFirst = s.firstToken(speaker[0]!);
    const before = s.tokens[speakerFirst - 1];
    const objectBefore = before?.isWord && !before.inQuote && ACCUSATIVE.test(before.norm);
    return objectBefore && speakerFirst > first
      ? first
      : s.lastToken(speaker[speaker.length - 1]!) + 1;
  }

  /** Words of what was said, outside the names of parties ("ఎక్స్ లో" is not content). */
  private contentWords(first: number, verb: number): number {
    const s = this.s;
    const inMention = new Set(
      s.mentions.flatMap((_, m) => rangeOf(s.firstToken(m), s.lastToken(m))),
    );
    return s.tokens.slice(first, verb).filter((t, k) => t.isWord && !inMention.has(first + k))
      .length;
  }

  /** "… Yonhap వార్తా సంస్థ నివేదించింది": a news agency relays, it does not speak. */
  private reportedByChannel(from: number, to: number): boolean {
    const last = this.s.mentionsIn(from, to).pop();
    return last !== undefined && !!this.s.mentions[last]!.channel;
  }

  /**
   * Whom the words were aimed at: a party marked as object or recipient next to the verb; for
   * warnings, appeals and judgements, else the last party the clause names; in a quote, the party
   * that a quoted warning or appeal names first.
   */
  private addressees(
    first: number,
    verbAt: VerbAt<TeluguVerb>,
    speaker: number[],
    quote: ReturnType<TeluguStatements['quoteBefore']>,
  ): number[] {
    const s = this.s;
    const cls = verbAt.verb.cls;
    const mentions = s
      .mentionsIn(first, verbAt.first)
      .filter((m) => s.isParty(m) && !speaker.includes(m));
    const marked = mentions.filter((m) => {
      const marker = s.mentions[m]!.marker;
      return marker === 'to' || (marker === 'object' && cls !== 'say');
    });
    if (marked.length > 0) return [marked[marked.length - 1]!];
    if (quote) {
      const quoted = s.sentence.text.slice(
        quote.text.start - s.sentence.start,
        quote.text.end - s.sentence.start,
      );
      if (!QUOTED_APPEAL.test(quoted)) return [];
      const inQuote = mentions.find(
        (m) => s.tokens[s.firstToken(m)]!.inQuote && !NOT_TARGETS.has(s.mentions[m]!.marker ?? ''),
      );
      return inQuote === undefined ? [] : [inQuote];
    }
    if (cls !== 'direct' && cls !== 'evaluate') return [];
    const targets = mentions.filter((m) => !NOT_TARGETS.has(s.mentions[m]!.marker ?? ''));
    const target = targets[targets.length - 1];
    return target === undefined ? [] : [target];
  }

  private nextClauseStart(verbLast: number): number {
    for (let k = verbLast + 1; k <= verbLast + 4 && k < this.s.tokens.length; k++)
      if (AFTER_WORDS.has(this.s.wordAt(k))) return k + 1;
    return verbLast + 1;
  }

  private skipPunctuation(from: number): number {
    let k = from;
    while (k < this.s.tokens.length && !this.s.tokens[k]!.isWord && !this.s.tokens[k]!.inQuote) k++;
    return k;
  }

  /** Start of what was said, past an opening adjunct such as "ఈ సమావేశంలో,". */
  private afterAdjunct(first: number, verb: number): number {
    for (let k = first; k < Math.min(verb, first + ADJUNCT_MAX_TOKENS); k++)
      if (this.s.tokens[k]!.text === ',')
        return this.s.mentionsIn(first, k).length === 0 ? k + 1 : first;
    return first;
  }
}

function rangeOf(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}
