import type { RawStatement, ReplyCue, Span } from '../../types';
import { ADVERBIAL, REMARK_NOUNS, SPEECH_VERBS, type SpeechVerb } from './lexicon';
import { PARTY, POSSESSIVE, type MaskedSentence } from './masked';
import { spaceBefore, windowStart } from '../../text/tail';

const CONFIDENCE = {
  quoted: 0.9,
  reported: 0.8,
  inverted: 0.85,
  relative: 0.75,
  trailing: 0.75,
  passive: 0.8,
  protest: 0.75,
  accordingTo: 0.7,
} as const;

const VERB_BY_FORM = new Map(SPEECH_VERBS.flatMap((v) => v.forms.map((f) => [f, v] as const)));
const VERB_PATTERN = new RegExp(
  `\\b(${[...VERB_BY_FORM.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`,
  'g',
);
const EVALUATIVE_FORMS = SPEECH_VERBS.filter((v) => v.cls === 'evaluate')
  .flatMap((v) => v.forms)
  .join('|');
/** The word before the white space before a verb ("was said"), tested on its last six characters. */
const PASSIVE_AUXILIARY = /(?:^|\W)(?:was|were|been|being|is|are|be)$/;
/** How far back the patterns that end at a verb look: past a name and a few words, no further. */
const BEFORE_VERB = 300;
const RELATIVE_SPEAKER = new RegExp(`(${PARTY}),?\\s*who\\s+(?:(?:also|had|has)\\s+)*$`);
const PARTICIPLE = /ing$/;
/** "declared himself president": a self-proclamation, an act rather than words to report. */
const REFLEXIVE = /^\s+(?:himself|herself|itself|themselves)\b/;
/** "dismissed reports claiming that X called for …": what follows is the report's, not X's. */
const REPORTED_CLAIM = new RegExp(
  `^\\s+(?:[\\w-]+\\s+){0,3}(?:reports?|${REMARK_NOUNS})\\s+(?:that|claiming|saying|suggesting|alleging)\\b`,
  'i',
);
/** "responded to the accusations": the reply is told of, its words are elsewhere. */
const ANSWERED_NOT_SAID = /^\s+to\b/;
const COORDINATED = new RegExp(`(?:\\band|,)\\s+(?:${ADVERBIAL}\\s+)*$`, 'i');
/** "… said X, and warned that …": a second verb of the same speaker with its own clause. */
const AND_ANOTHER_VERB = new RegExp(`\\band\\s+(?:${ADVERBIAL}\\s+)*$`, 'i');
/** Most words a direct quote may follow its verb by and still be the thing said ("called on Moscow to"). */
const QUOTE_LEAD_WORDS = 4;
const TRAILING_ATTRIBUTION = new RegExp(
  `,[”"]?\\s*(?:according to\\s+.*|(?:${PARTY}|[^,]{0,60})\\s+(?:said|reported|added)\\b.*)$`,
);
const GERUND_AFTER_PREPOSITION = /\b(?:for|of|about|without|from|by)\s+(?:not\s+)?\w+ing$/i;
/** Clauses that set the scene of an attribution rather than say what was said. */
const CIRCUMSTANCE = /^(?:as|while|when|after|before|because|since|amid|following|during)\b/i;
/** "stated clearly that": one manner adverb may stand between the verb and its clause. */
const COMPLEMENT_START = new RegExp(
  `^(?:\\s*,?\\s*${ADVERBIAL})*\\s*,?\\s*(?:(?:\\w+ly\\s+)?that\\s+)?`,
  'i',
);
const LISTENER = new RegExp(
  `^\\s+(?:(?:the\\s+)?${PARTY}(?:${POSSESSIVE}\\s+\\w+)?|(?:the\\s+)?(?:media|press|reporters|journalists|lawmakers|parliament)|(?:radio|television|TV)\\s+(?:station|channel|network)\\s+\\S+|a [\\w\\s-]{0,30}?(?:briefing|conference))`,
  'i',
);
/** A publication told something: capitalised words, then "that". */
const PUBLICATION_LISTENER =
  /^\s+(?:[Tt]he\s+)?(?:[\p{Lu}\uE000-\uE7FE][\p{L}\uE000-\uE7FF.&'’-]*\s+){1,4}(?=that\b)/u;
/** '"…," UN associate spokesperson X said': the words of a title between the quote and its speaker. */
const TITLE_BETWEEN_QUOTE_AND_SPEAKER = /^[\s,]*(?:[\p{L}\uE000-\uE7FF.'’-]+\s+){0,4}$/u;
const SHOULD = new RegExp(
  `(${PARTY})(?:\\s+and\\s+(?:its|their)\\s+allies)?\\s+(?:should|must|ought to|needs? to|has to|have to)\\b`,
  'g',
);

interface Found extends RawStatement {
  /** Where a say/tell complement starts: speech verbs after it are reported, not new statements. */
  complementFrom?: number;
  trailing?: boolean;
}

/** Finds the statements of one English sentence and the replies its wording states. */
export class EnglishStatements {
  readonly statements: Found[] = [];
  readonly replies: ReplyCue[] = [];
  private readonly abs: (at: number) => number;

  constructor(private readonly m: MaskedSentence) {
    this.abs = (at) => m.sentence.start + at;
  }

  find(): { statements: RawStatement[]; replies: ReplyCue[] } {
    this.passive();
    this.protestOnSummons();
    for (const match of this.m.text.matchAll(VERB_PATTERN))
      this.atVerb(match.index, match[0], VERB_BY_FORM.get(match[0])!);
    this.accordingTo();
    const kept = this.statements.some((s) => !s.trailing)
      ? this.statements.filter((s) => !s.trailing)
      : this.statements;
    const statements: RawStatement[] = kept.map(
      ({ complementFrom: _c, trailing: _t, ...statement }) => statement,
    );
    return { statements, replies: this.replies };
  }

  private atVerb(at: number, form: string, verb: SpeechVerb): void {
    const m = this.m;
    const end = at + form.length;
    if (m.insideQuote(at) || isPassive(m.text, at)) return;
    if (this.statements.some((s) => s.complementFrom !== undefined && at >= s.complementFrom))
      return this.coordinate(at, end, verb);
    if (verb.gloss === 'described' && /^call/.test(form) && !this.describes(end)) return;
    if (verb.gloss === 'replied' && ANSWERED_NOT_SAID.test(m.text.slice(end))) return;
    if (REFLEXIVE.test(m.text.slice(end))) return;
    // "criticized for saying little about …": a gerund after a preposition names an act, not words.
    if (GERUND_AFTER_PREPOSITION.test(m.text.slice(windowStart(at, BEFORE_VERB), at + form.length)))
      return;
    // "X hit back at Y on Friday, saying …": the participle goes on with X's statement, not Y's.
    if (this.statements.length > 0 && PARTICIPLE.test(form) && /,\s*$/.test(m.text.slice(0, at)))
      return;

    // "… citing Deputy Minister X who said that …": the relative pronoun's party speaks.
    const from = windowStart(at, BEFORE_VERB);
    const relative = RELATIVE_SPEAKER.exec(m.text.slice(from, at));
    let speakers = relative ? [m.mentionAt(from + relative.index)!] : m.subjectBefore(at);
    let confidence: number = relative ? CONFIDENCE.relative : CONFIDENCE.reported;
    let attributionStart = speakers.length > 0 ? this.startOf(speakers[0]!) : at;
    if (speakers.length === 0) {
      const inverted = /[,”"]/.test(m.text[spaceBefore(m.text, at) - 1] ?? '')
        ? m.partyAfter(end, 'the\\s+')
        : undefined;
      if (inverted) {
        speakers = [inverted.mention];
        confidence = CONFIDENCE.inverted;
        attributionStart = at;
      } else return this.coordinate(at, end, verb);
    }
    if (speakers.every((s) => m.isChannel(s))) {
      const cited = m.partyAfter(
        end,
        ',?\\s*citing\\s+(?:a\\s+statement\\s+(?:by|from)\\s+|a\\s+readout\\s+from\\s+|(?:an?\\s+)?officials?\\s+(?:at|of|from)\\s+)?',
      );
      if (!cited || m.isChannel(cited.mention)) return;
      speakers = [cited.mention];
    } else if (verb.cls === 'report') return;

    const body = this.body(at, end, verb, attributionStart, speakers);
    if (body.trailing) confidence = CONFIDENCE.trailing;
    else if (body.direct && confidence === CONFIDENCE.reported) confidence = CONFIDENCE.quoted;
    this.statements.push({
      speakers,
      addressees: this.addressees(end, verb, body.text),
      evidence: { start: m.sentence.start, end: m.sentence.end },
      verb: verb.gloss,
      ...body,
      confidence,
    });
  }

  /** "called North Korea an …", "called Iran's attack 'a blatant violation'": naming, not phoning. */
  private describes(end: number): boolean {
    return new RegExp(
      `^\\s+(?:${PARTY}(?:${POSSESSIVE}\\s+[\\w-]+)?\\s+(?:a|an|the|as)\\b|[^.;]{0,80}?[“"])`,
    ).test(this.m.text.slice(end));
  }

  /**
   * "…, he said, and warned that …": a new statement of the same speaker. "… and called for
   * Moscow's responsible behavior" with nothing of its own after it: a second verb of the same one.
   */
  private coordinate(at: number, end: number, verb: SpeechVerb): void {
    const previous = this.statements[this.statements.length - 1];
    const before = this.m.text.slice(windowStart(at, BEFORE_VERB), at);
    if (!previous || !COORDINATED.test(before)) return;
    // Only after reported words ("said …, and warned that …"); "expressed X and called for Y" is one act.
    const and = previous.complementFrom === undefined ? null : AND_ANOTHER_VERB.exec(before);
    if (and && !this.m.insideQuote(at)) {
      const body = this.body(at, end, verb, at, previous.speakers, { quoteBefore: false });
      if (!body.trailing && !body.wordsElsewhere && body.text.start > previous.text.start) {
        this.endBefore(previous, windowStart(at, BEFORE_VERB) + and.index);
        this.statements.push({
          speakers: previous.speakers,
          addressees: this.addressees(end, verb, body.text),
          evidence: previous.evidence,
          verb: verb.gloss,
          ...body,
          confidence: previous.confidence,
        });
        return;
      }
    }
    for (const a of this.addressees(end, verb, previous.text))
      if (!previous.addressees.includes(a)) previous.addressees.push(a);
  }

  /** Ends a statement where a second one starts; what is left may be a quotation alone. */
  private endBefore(statement: Found, at: number): void {
    const end = Math.min(statement.text.end, this.span(0, at).end);
    const quote = this.m
      .quotes()
      .find(
        (q) => this.abs(q.outer.start) === statement.text.start && this.abs(q.outer.end) >= end,
      );
    statement.text = quote ? this.quoteText(quote.inner) : { start: statement.text.start, end };
    if (quote) statement.direct = true;
  }

  private body(
    at: number,
    end: number,
    verb: SpeechVerb,
    attributionStart: number,
    speakers: number[],
    { quoteBefore: quoteMayLead = true } = {},
  ): {
    direct: boolean;
    text: Span;
    trailing?: boolean;
    complementFrom?: number;
    wordsElsewhere?: boolean;
  } {
    const m = this.m;
    const quotes = m.quotes();
    const before = quotes.filter(
      (q) =>
        q.outer.end <= attributionStart &&
        TITLE_BETWEEN_QUOTE_AND_SPEAKER.test(m.text.slice(q.outer.end, attributionStart)),
    );
    const quoteBefore = quoteMayLead ? before[before.length - 1] : undefined;
    if (quoteBefore) return { direct: true, text: this.quoteText(quoteBefore.inner) };
    const listener = verb.cls === 'tell' ? this.listenerLength(end) : 0;
    const lead = COMPLEMENT_START.exec(m.text.slice(end + listener))![0];
    const complement = end + listener + lead.length;
    const after = quotes.filter((q) => q.outer.start >= end);
    const onlyQuote = after.length === 1 ? after[0]! : undefined;
    if (
      onlyQuote &&
      /^[\s.]*$/.test(m.text.slice(onlyQuote.outer.end)) &&
      wordsIn(m.text.slice(end, onlyQuote.outer.start)) <= QUOTE_LEAD_WORDS
    )
      return { direct: true, text: this.quoteText(onlyQuote.inner) };
    const tail = this.withoutTrailingAttribution(complement, m.text.length);
    // "…, the ministry said as it rejected …": a clause of time or cause after an inverted
    // attribution is no complement; what was said came before.
    const inverted =
      attributionStart === at || /,[”"]?\s*(?:the\s+)?$/i.test(m.text.slice(0, attributionStart));
    const circumstance = inverted && CIRCUMSTANCE.test(m.text.slice(tail.start));
    if (wordsIn(m.text.slice(tail.start, tail.end)) === 0 || circumstance) {
      const clauseEnd = m.text.lastIndexOf(',', this.startOf(speakers[0]!));
      if (clauseEnd <= 0)
        return { direct: false, text: this.span(at, m.text.length), wordsElsewhere: true };
      const clause = this.span(0, clauseEnd);
      const quote = quotes.find((q) => q.outer.start === 0 && q.outer.end >= clauseEnd - 1);
      return quote
        ? { direct: true, text: this.quoteText(quote.inner) }
        : { direct: false, text: clause, trailing: true };
    }
    const textStart =
      verb.cls === 'say' || verb.cls === 'tell' || verb.cls === 'report'
        ? complement
        : attributionStart;
    const reportsWords =
      verb.cls === 'say' || verb.cls === 'tell' || REPORTED_CLAIM.test(m.text.slice(end));
    return {
      direct: false,
      text: this.span(textStart, tail.end),
      ...(reportsWords ? { complementFrom: complement } : {}),
    };
  }

  /** "told reporters", "told the state RIA Novosti news agency", "told The Associated Press that". */
  private listenerLength(end: number): number {
    const rest = this.m.text.slice(end);
    return (LISTENER.exec(rest) ?? PUBLICATION_LISTENER.exec(rest))?.[0].length ?? 0;
  }

  private addressees(end: number, verb: SpeechVerb, text: Span): number[] {
    const m = this.m;
    const found: number[] = [];
    if (verb.cls !== 'say' && verb.cls !== 'express' && verb.cls !== 'report') {
      const target = m.partyAfter(
        end,
        verb.cls === 'tell' ? '' : `(?:as\\s+[“"][^”"]*[”"]\\s+)?(?:(?:on|upon|to|at)\\s+)?`,
      );
      if (target && !(verb.cls === 'tell' && target.possessive)) found.push(target.mention);
    }
    const from = text.start - m.sentence.start;
    for (const match of m.text.slice(from, text.end - m.sentence.start).matchAll(SHOULD))
      found.push(m.mentionAt(from + match.index)!);
    return found;
  }

  /** "Yoon's remarks were criticized by … Zakharova for being 'blatantly biased.'" */
  private passive(): void {
    const pattern = new RegExp(
      `(${PARTY})${POSSESSIVE}?\\s+${REMARK_NOUNS}\\s+(?:were|was|have been|has been|had been)\\s+(?:${EVALUATIVE_FORMS})\\s+by\\s+(${PARTY})`,
    );
    const match = pattern.exec(this.m.text);
    if (!match) return;
    const target = this.m.mentionAt(match.index)!;
    const speakerAt = match.index + match[0].length - match[2]!.length;
    const quotes = this.m.quotes().filter((q) => q.outer.start >= speakerAt);
    const quote = quotes[quotes.length - 1];
    this.replies.push({
      from: { kind: 'statement', index: this.statements.length },
      to: { kind: 'party', mention: target },
    });
    this.statements.push({
      speakers: [this.m.mentionAt(speakerAt)!],
      addressees: [target],
      text: quote ? this.quoteText(quote.inner) : this.span(match.index, this.m.text.length),
      evidence: { start: this.m.sentence.start, end: this.m.sentence.end },
      direct: !!quote,
      verb: 'criticized',
      confidence: CONFIDENCE.passive,
      complementFrom: match.index,
    });
  }

  /** "the ministry summoned the ambassador to lodge a protest": the summoner says something to the summoned. */
  private protestOnSummons(): void {
    const pattern = new RegExp(
      `(${PARTY})\\s+(?:${ADVERBIAL}\\s+)*summoned\\s+(${PARTY})[^.]*?\\bto\\s+(lodge|protest|convey|express|deliver|demand|register|voice|seek|hand)\\b`,
      'i',
    );
    const match = pattern.exec(this.m.text);
    if (!match) return;
    const summoned = match.index + match[0].length - match[3]!.length;
    const objectAt = match.index + match[0].indexOf(match[2]!);
    const to = this.m.text.lastIndexOf('to', summoned);
    this.statements.push({
      speakers: [this.m.mentionAt(match.index)!],
      addressees: [this.m.mentionAt(objectAt)!],
      text: this.span(to, this.withoutTrailingAttribution(to, this.m.text.length).end),
      evidence: { start: this.m.sentence.start, end: this.m.sentence.end },
      direct: false,
      verb: /demand|seek/i.test(match[3]!) ? 'demanded' : 'protested',
      confidence: CONFIDENCE.protest,
      complementFrom: to,
    });
  }

  /**
   * "…, according to the Foreign Ministry" and "According to Ryabkov, …": only when no verb
   * already named a speaker.
   */
  private accordingTo(): void {
    if (this.statements.length > 0) return;
    const source = `according to (?:a (?:readout|statement) (?:from|by)\\s+)?(${PARTY})`;
    const after = new RegExp(`,\\s*${source}`).exec(this.m.text);
    const before = after ? null : new RegExp(`^${source}\\s*,\\s*`, 'i').exec(this.m.text);
    const match = after ?? before;
    if (!match) return;
    const speaker = this.m.mentionAt(match.index + match[0].indexOf(match[1]!))!;
    if (this.m.isChannel(speaker)) return;
    this.statements.push({
      speakers: [speaker],
      addressees: [],
      text: after ? this.span(0, match.index) : this.span(match[0].length, this.m.text.length),
      evidence: { start: this.m.sentence.start, end: this.m.sentence.end },
      direct: false,
      verb: 'said',
      confidence: CONFIDENCE.accordingTo,
    });
  }

  private withoutTrailingAttribution(from: number, to: number): Span {
    const rest = this.m.text.slice(from, to);
    const cut = TRAILING_ATTRIBUTION.exec(rest);
    const end = cut ? from + cut.index : to;
    return { start: from, end: from + this.m.text.slice(from, end).trimEnd().length };
  }

  private quoteText(inner: Span): Span {
    const raw = this.m.text.slice(inner.start, inner.end);
    const trimmed = raw.replace(/[\s,;:.]+$/, '');
    return { start: this.abs(inner.start), end: this.abs(inner.start + trimmed.length) };
  }

  private span(from: number, to: number): Span {
    const raw = this.m.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw
      .trim()
      .replace(/(?<![”"])[.!?]$/, '')
      .replace(/[\s,;:]+$/, '');
    return { start: this.abs(from + lead), end: this.abs(from + lead + body.length) };
  }

  private startOf(mention: number): number {
    return this.m.mentions[mention]!.span.start - this.m.sentence.start;
  }
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\uE000-\uE7FE]/u.test(w)).length;
}

/** "was said", "have been told": the speech verb is passive and names no speaker before it. */
function isPassive(text: string, at: number): boolean {
  const gap = spaceBefore(text, at);
  return gap < at && PASSIVE_AUXILIARY.test(text.slice(windowStart(gap, 6), gap));
}
