import type { DatePrecision, InstitutionKind, MeetingKind } from '@parley/graph-schema';

/** Half-open [start, end) offsets into the article text, in UTF-16 code units as JS strings index. */
export interface Span {
  start: number;
  end: number;
}

export interface Quote {
  /** The quoted words, without the marks. */
  inner: Span;
  /** The quoted words with their marks. */
  outer: Span;
}

export interface Sentence extends Span {
  index: number;
  text: string;
  /** Quotations that start inside the sentence, in absolute offsets. */
  quotes: Quote[];
}

/** A stretch of text that stands for a party, a place, or both ("in Seoul"). */
export interface Mention {
  span: Span;
  /** One id when the text decides who it is; several candidates when it does not; none for a bare place. */
  ids: string[];
  /** How sure the resolution is: a full name beats a surname, which beats a pronoun. */
  confidence: number;
  /** The canonical English name of the place the mention also stands for. */
  place?: string;
  /** News agencies and broadcasters relay what others said; they are channels, not speakers. */
  channel?: boolean;
  /** How the language marks the mention's part in the clause (a Telugu case suffix); unset when unmarked. */
  marker?: string;
  /** True when the mention is a possessive ("Moscow's") or an unmarked genitive. */
  possessive?: boolean;
}

/** A date expression as written; resolved against the article's publication date. */
export type DateCue =
  | { kind: 'weekday'; weekday: number }
  | { kind: 'days-ago'; days: number }
  | { kind: 'weeks-ago'; weeks: number }
  | { kind: 'months-ago'; months: number }
  | { kind: 'calendar'; month: number; day?: number; year?: number }
  /** A day without its month ("지난 9일"): the latest such day on or before publication. */
  | { kind: 'day-of-month'; day: number };

export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
}

/**
 * A statement as a language module finds it in one sentence. Parties are indexes into the
 * sentence's mentions; an empty `speakers` means the subject is left out and carries over.
 */
export interface RawStatement {
  speakers: number[];
  addressees: number[];
  text: Span;
  evidence: Span;
  direct: boolean;
  /** The English verb that reports it ("warned"), for summaries of statements in other languages. */
  verb: string;
  /** How much the rule that found it is trusted, before the speaker's own resolution. */
  confidence: number;
  date?: DateCue;
  /** Kept only when its speaker says nothing else in the article ("remarks by X" being answered). */
  onlyIfSpeakerSilent?: boolean;
  /** The sentence only attributes ("He added.", "X said on Monday."): its words are in the next quote or the sentence before. */
  wordsElsewhere?: boolean;
}

export interface RawMeeting {
  /** The side that sought the encounter (visitor, caller, summoner); several for "A and B". */
  a: number[];
  b: number[];
  kind: MeetingKind;
  evidence: Span;
  confidence: number;
  place?: string;
  /** "During his visit": the place is where the first side was last seen meeting. */
  placeFromEarlierVisit?: boolean;
  /** "the two leaders also met …": the pair of the meeting reported last, `a` and `b` left empty. */
  repeatsLastPair?: boolean;
  date?: DateCue;
}

/** Which statements a reply cue points at. */
export type StatementSelector =
  /** Every statement found in this sentence. */
  | { kind: 'this-sentence' }
  /** One statement of this sentence, by its index in the sentence's statements. */
  | { kind: 'statement'; index: number }
  /**
   * The statements a party made most recently: before this sentence if any, else the next ones;
   * `here` looks in this sentence first ("a day after Zakharova warned"); `first` takes the
   * party's first statement ("Kuleba's proposal": the one the article opened with).
   */
  | { kind: 'party'; mention: number; here?: boolean; first?: boolean }
  /** Statements the party (or its people) makes in the next few sentences. */
  | { kind: 'party-next'; mention: number }
  /** The statements of the closest earlier sentence that has any. */
  | { kind: 'preceding' };

export interface ReplyCue {
  from: StatementSelector;
  to: StatementSelector;
  /** Where the reply comes from when `from` finds nothing but the statements it answers. */
  fallback?: StatementSelector;
}

export interface SentenceFacts {
  statements: RawStatement[];
  meetings: RawMeeting[];
  replies: ReplyCue[];
}

/** What a title says about a person ("Russia's Deputy Foreign Minister"), in English. */
export interface Title {
  /** The role words, e.g. "Deputy Foreign Minister", "spokesperson". */
  role: string;
  /** Canonical English name of the country the title names. */
  country?: string;
  /** Id of an institution the title names ("Russian Foreign Ministry spokesperson"). */
  institutionId?: string;
}

export interface InstitutionSpec {
  name: string;
  kind: InstitutionKind;
  /** Canonical English name of the state it belongs to, if any. */
  country?: string;
}
