import type { MeetingKind } from '@parley/graph-schema';
import type { ArticleContext } from './article-context';
import type { ArticleEntity } from './entities/article-entities';
import { resolveDate } from './dates/resolve-date';
import type { LanguageModule } from './lang/language-module';
import type {
  Mention,
  RawMeeting,
  RawStatement,
  ReplyCue,
  ResolvedDate,
  Sentence,
  Span,
  StatementSelector,
} from './types';

/** A carried-over subject ("…పునరుద్ఘాటించింది" after "Russia expressed regret") is less certain. */
const CARRIED_SUBJECT_CONFIDENCE = 0.75;
/** How far ahead a description may find the person it names ("Colombia's foreign minister …"). */
const LOOK_AHEAD_SENTENCES = 3;
/** A paragraph-opening quote without attribution; shorter quotes are titles or scare quotes. */
const CONTINUED_QUOTE_CONFIDENCE = 0.9;
const MIN_QUOTE_WORDS = 4;

export interface FoundStatement {
  sentence: number;
  /** Index of the raw statement in its sentence; joint speakers share it. */
  local: number;
  /** Statements made from one raw statement (one per joint speaker) share a group. */
  group: number;
  /** One id, or the candidates when the article leaves the speaker open. */
  speakers: string[];
  /** The words that name the speaker, for an ambiguity note. */
  speakerSurface: string;
  addressees: string[];
  text: Span;
  evidence: Span;
  direct: boolean;
  verb: string;
  confidence: number;
  date?: ResolvedDate;
  onlyIfSpeakerSilent?: boolean;
}

export interface FoundMeeting {
  a: string;
  b: string;
  kind: MeetingKind;
  evidence: Span;
  confidence: number;
  place?: string;
  date?: ResolvedDate;
}

/** A selector whose party mention is now an entity id. */
export type ResolvedSelector =
  | Exclude<StatementSelector, { mention: number }>
  | { kind: 'party'; id: string; here?: boolean; first?: boolean }
  | { kind: 'party-next'; id: string };

export interface FoundReply {
  sentence: number;
  from: ResolvedSelector;
  to: ResolvedSelector;
  fallback?: ResolvedSelector;
}

export interface AmbiguityReport {
  field: 'speaker' | 'addressee' | 'participant';
  candidates: string[];
  note: string;
  evidence: Span;
}

export interface ReadArticle {
  statements: FoundStatement[];
  meetings: FoundMeeting[];
  replies: FoundReply[];
  ambiguities: AmbiguityReport[];
}

/** Reads an article sentence by sentence with one language module, resolving every fact to entity ids. */
export class ArticleReader {
  private readonly result: ReadArticle = {
    statements: [],
    meetings: [],
    replies: [],
    ambiguities: [],
  };
  private readonly lastPlaceOf = new Map<string, string>();
  private group = 0;
  private sentences: Sentence[] = [];
  /** A sentence whose opening quote an attribution before it already took ("He added. “…”"). */
  private quoteTaken: number | undefined;

  constructor(
    private readonly text: string,
    private readonly module: LanguageModule,
    private readonly context: ArticleContext,
    private readonly publishedAt: string | undefined,
  ) {}

  read(sentences: Sentence[]): ReadArticle {
    this.sentences = sentences;
    for (const sentence of sentences) this.readSentence(sentence);
    const current = (id: string) => this.context.entities.currentId(id);
    const meetings = withoutRepeats(this.result.meetings, current, this.headline());
    return withCurrentIds({ ...this.result, meetings }, current);
  }

  /** The article's title: a first line of its own that ends in no full stop. */
  private headline(): Sentence | undefined {
    const first = this.sentences[0];
    const ownLine = first && (first.end === this.text.length || this.text[first.end] === '\n');
    return ownLine && !/[.!?।]["”»’']?$/.test(first.text) ? first : undefined;
  }

  private readSentence(sentence: Sentence): void {
    this.context.discourse.startSentence(sentence.index);
    this.context.lookAheadWith((fits) => this.namedAhead(sentence.index, fits));
    const mentions = this.module.findMentions(sentence, this.context);
    const facts = this.module.findFacts(sentence, mentions, this.context);
    const continued =
      facts.statements.length === 0 &&
      this.quoteTaken !== sentence.index &&
      this.continuedQuote(sentence);
    if (continued) facts.statements.push(continued);
    const before = this.result.statements.length;
    facts.statements.forEach((raw, local) =>
      this.addStatement(
        sentence,
        mentions,
        raw.wordsElsewhere ? this.withWordsFound(sentence, raw) : raw,
        local,
      ),
    );
    const spoken = this.result.statements.slice(before);
    this.context.discourse.noteSpeakers(
      spoken.filter((s) => s.speakers.length === 1).map((s) => s.speakers[0]!),
    );
    for (const raw of facts.meetings) this.addMeeting(mentions, raw);
    for (const cue of facts.replies) this.addReply(sentence.index, mentions, cue);
  }

  /** The one person the next few sentences name who `fits`, read in a context of their own. */
  private namedAhead(
    index: number,
    fits: (e: ArticleEntity) => boolean,
  ): ArticleEntity | undefined {
    const scratch = this.context.scratch();
    for (const ahead of this.sentences.slice(index + 1, index + 1 + LOOK_AHEAD_SENTENCES)) {
      this.module.findMentions(ahead, scratch);
      const found = scratch.entities.all().filter(fits);
      // Two who fit ("Presidents Shavkat Mirziyoyev and Gurbanguly Berdimuhamedov"): neither is sure.
      if (found.length > 0) return found.length === 1 ? found[0] : undefined;
    }
    return undefined;
  }

  private addStatement(
    sentence: Sentence,
    mentions: Mention[],
    raw: RawStatement,
    local: number,
  ): void {
    const named = raw.speakers
      .map((i) => ({
        ids: mentions[i]!.ids,
        confidence: mentions[i]!.confidence,
        surface: this.surface(mentions[i]!),
      }))
      .filter((s) => s.ids.length > 0);
    const speakers = named.length > 0 ? named : this.carriedSubject(sentence.index);
    if (!speakers) return;
    const group = this.group++;
    const date = raw.date && resolveDate(raw.date, this.publishedAt);
    for (const speaker of speakers) {
      const addressees = raw.addressees
        .flatMap((i) => this.single(mentions[i]!, 'addressee', raw.evidence))
        .filter((id, k, all) => !speaker.ids.includes(id) && all.indexOf(id) === k);
      this.result.statements.push({
        sentence: sentence.index,
        local,
        group,
        speakers: speaker.ids,
        speakerSurface: speaker.surface,
        addressees,
        text: raw.text,
        evidence: raw.evidence,
        direct: raw.direct,
        verb: raw.verb,
        confidence: round(raw.confidence * speaker.confidence),
        ...(date ? { date } : {}),
        ...(raw.onlyIfSpeakerSilent ? { onlyIfSpeakerSilent: true } : {}),
      });
    }
  }

  /**
   * A paragraph that opens with a quotation and names no speaker goes on quoting the last
   * speaker: the journalistic multi-paragraph quote, whose attribution came with its first part.
   * So does a sentence that is all quotation after one that named its speaker.
   */
  private continuedQuote(sentence: Sentence): RawStatement | undefined {
    const quote = sentence.quotes[0];
    if (!quote || quote.outer.start !== sentence.start) return undefined;
    const opensParagraph = sentence.start === 0 || this.text[sentence.start - 1] === '\n';
    if (!opensParagraph && !this.isAllQuote(sentence)) return undefined;
    if (this.text.slice(quote.inner.start, quote.inner.end).split(/\s+/).length < MIN_QUOTE_WORDS)
      return undefined;
    return {
      speakers: [],
      addressees: [],
      text: quote.inner,
      evidence: { start: sentence.start, end: sentence.end },
      direct: true,
      verb: 'said',
      confidence: CONTINUED_QUOTE_CONFIDENCE,
    };
  }

  /**
   * "He added. “…”": the words are the quotation that opens the next sentence. "Kallas expresses
   * … the confusion of the EU. Zakharova said on January 23.": they are the sentence before, which
   * then says nothing in its own right.
   */
  private withWordsFound(sentence: Sentence, raw: RawStatement): RawStatement {
    const next = this.sentences[sentence.index + 1];
    const quote = next?.quotes[0];
    if (next && quote && this.isAllQuote(next)) {
      this.quoteTaken = next.index;
      return {
        ...raw,
        text: quote.inner,
        evidence: { start: sentence.start, end: next.end },
        direct: true,
      };
    }
    const previous = this.sentences[sentence.index - 1];
    if (!previous) return raw;
    const own = this.result.statements;
    for (let k = own.length - 1; k >= 0 && own[k]!.sentence === previous.index; k--)
      if (!own[k]!.direct) own.splice(k, 1);
    const words = this.text.slice(previous.start, previous.end).replace(/[\s.]+$/, '');
    return {
      ...raw,
      text: { start: previous.start, end: previous.start + words.length },
      evidence: { start: previous.start, end: sentence.end },
    };
  }

  /** A sentence that is one quotation and nothing else but its full stop. */
  private isAllQuote(sentence: Sentence): boolean {
    const quote = sentence.quotes[0];
    return (
      !!quote &&
      quote.outer.start === sentence.start &&
      /^[\s.!?]*$/.test(this.text.slice(quote.outer.end, sentence.end))
    );
  }

  /** A clause without a subject continues the last statement: of this sentence, else of the one before. */
  private carriedSubject(sentence: number) {
    const last = this.result.statements[this.result.statements.length - 1];
    if (!last || sentence - last.sentence > 1) return undefined;
    return [
      { ids: last.speakers, confidence: CARRIED_SUBJECT_CONFIDENCE, surface: last.speakerSurface },
    ];
  }

  private addMeeting(mentions: Mention[], raw: RawMeeting): void {
    if (raw.repeatsLastPair) return this.repeatLastPair(raw);
    const as = raw.a.flatMap((i) => this.single(mentions[i]!, 'participant', raw.evidence));
    const bs = raw.b.flatMap((i) => this.single(mentions[i]!, 'participant', raw.evidence));
    const date = raw.date && resolveDate(raw.date, this.publishedAt);
    for (const a of as)
      for (const b of bs) {
        if (a === b) continue;
        const place =
          raw.place ?? (raw.placeFromEarlierVisit ? this.lastPlaceOf.get(a) : undefined);
        if (place) for (const id of [a, b]) this.lastPlaceOf.set(id, place);
        if (this.alreadyMet(a, b, place, date?.date)) continue;
        this.result.meetings.push({
          a,
          b,
          kind: raw.kind,
          evidence: raw.evidence,
          confidence: round(
            raw.confidence *
              Math.min(mentions[raw.a[0]!]!.confidence, mentions[raw.b[0]!]!.confidence),
          ),
          ...(place ? { place } : {}),
          ...(date ? { date } : {}),
        });
      }
  }

  /**
   * A bare retelling of a meeting already told with its place or time ("apart from negotiations
   * with Tokayev" after "while meeting with Tokayev in Astana") is the same meeting.
   */
  private alreadyMet(a: string, b: string, place?: string, date?: string): boolean {
    if (place !== undefined || date !== undefined) return false;
    return this.result.meetings.some(
      (m) =>
        ((m.a === a && m.b === b) || (m.a === b && m.b === a)) &&
        (m.place !== undefined || m.date !== undefined),
    );
  }

  /** "The two leaders also met in Astana last month": the last pair, at a new place or time. */
  private repeatLastPair(raw: RawMeeting): void {
    const last = this.result.meetings[this.result.meetings.length - 1];
    const date = raw.date && resolveDate(raw.date, this.publishedAt);
    if (!last || (raw.place === last.place && date?.date === last.date?.date)) return;
    this.result.meetings.push({
      a: last.a,
      b: last.b,
      kind: raw.kind,
      evidence: raw.evidence,
      confidence: round(raw.confidence * last.confidence),
      ...(raw.place ? { place: raw.place } : {}),
      ...(date ? { date } : {}),
    });
  }

  private addReply(sentence: number, mentions: Mention[], cue: ReplyCue): void {
    const resolve = (selector: StatementSelector): ResolvedSelector | undefined => {
      if (selector.kind !== 'party' && selector.kind !== 'party-next') return selector;
      const ids = mentions[selector.mention]?.ids ?? [];
      if (ids.length !== 1) return undefined;
      if (selector.kind === 'party-next') return { kind: 'party-next', id: ids[0]! };
      const { here, first } = selector;
      return { kind: 'party', id: ids[0]!, ...(here ? { here } : {}), ...(first ? { first } : {}) };
    };
    const from = resolve(cue.from);
    const to = resolve(cue.to);
    const fallback = cue.fallback && resolve(cue.fallback);
    if (from && to)
      this.result.replies.push({ sentence, from, to, ...(fallback ? { fallback } : {}) });
  }

  /** The one party a mention stands for; an ambiguous one is reported, not guessed. */
  private single(mention: Mention, field: AmbiguityReport['field'], evidence: Span): string[] {
    if (mention.ids.length === 1) return mention.ids;
    if (mention.ids.length > 1)
      this.result.ambiguities.push({
        field,
        candidates: mention.ids,
        note: `"${this.surface(mention)}" could be any of ${mention.ids.length} people; the article does not say which`,
        evidence,
      });
    return [];
  }

  private surface(mention: Mention): string {
    return this.text.slice(mention.span.start, mention.span.end);
  }
}

const round = (value: number) => Math.round(value * 100) / 100;

/** The facts with every party id as it stands at the end of the article (lone names given in full). */
/**
 * The headline's meeting is the story's meeting of the same pair. A meeting of a pair with
 * neither place nor date repeats another meeting of that pair that has one, before it or after it (the headline's "as he meets with Albanese" is the story's "met with
 * Xi Jinping at the Great Hall of the People"), or, when a lone name has since taken a full
 * name's id, the meeting of the pair as named in full ("Tokayev met with Putin").
 */
function withoutRepeats(
  meetings: FoundMeeting[],
  current: (id: string) => string,
  headline: Sentence | undefined,
): FoundMeeting[] {
  const pair = (m: FoundMeeting) => [current(m.a), current(m.b)].sort().join(' ');
  const located = (m: FoundMeeting) => m.place !== undefined || m.date !== undefined;
  const renamed = (m: FoundMeeting) => current(m.a) !== m.a || current(m.b) !== m.b;
  const inHeadline = (m: FoundMeeting) => !!headline && m.evidence.start === headline.start;
  return meetings.filter(
    (m) =>
      !meetings.some(
        (other) =>
          other !== m &&
          pair(other) === pair(m) &&
          ((inHeadline(m) && !inHeadline(other)) ||
            (!located(m) && (located(other) || (renamed(m) && !renamed(other))))),
      ),
  );
}

function withCurrentIds(read: ReadArticle, current: (id: string) => string): ReadArticle {
  const ids = (list: string[]) => [...new Set(list.map(current))];
  const selector = (s: ResolvedSelector): ResolvedSelector =>
    s.kind === 'party' || s.kind === 'party-next' ? { ...s, id: current(s.id) } : s;
  return {
    statements: read.statements.map((s) => ({
      ...s,
      speakers: ids(s.speakers),
      addressees: ids(s.addressees),
    })),
    meetings: read.meetings.map((m) => ({ ...m, a: current(m.a), b: current(m.b) })),
    replies: read.replies.map((r) => ({
      ...r,
      from: selector(r.from),
      to: selector(r.to),
      ...(r.fallback ? { fallback: selector(r.fallback) } : {}),
    })),
    ambiguities: read.ambiguities.map((a) => ({ ...a, candidates: ids(a.candidates) })),
  };
}
