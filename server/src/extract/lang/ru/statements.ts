import type { RawStatement, Sentence, Span } from '../../types';
import { russianDateIn } from './dates';
import type { RussianSentence } from './sentence';
import {
  isAdverbial,
  isPassive,
  isPlural,
  SPEECH_NOUN,
  speechVerb,
  type SpeechVerb,
} from './verbs';

const CONFIDENCE = { quoted: 0.9, reported: 0.8 } as const;
/** How far after the verb "что" may stand ("обратил внимание на то, что", "допустил возможность того, что"). */
const COMPLEMENTIZER_WINDOW = 6;
const INVERTED_SUBJECT_WINDOW = 6;
const DASH = /^[–—-]$/;
const COMPLEMENTIZERS = new Set(['что', 'чтобы']);
const CLAUSE_BREAK = new Set([',', 'что', 'чтобы', 'как', ':', ';']);
/** Verbs whose content may follow without "что": призвала отказаться, выразили сожаление. */
const CONTENT_CLASSES = new Set(['appeal', 'express', 'evaluate', 'warn']);

/** A statement of a "– Name" line, whose quote stands in the sentence before. */
export interface SignedStatement extends RawStatement {
  signature?: boolean;
}

export interface PreviousSentence {
  sentence: Sentence;
  /** The sentence is a quotation alone, waiting for its "– Name" line. */
  standaloneQuote: boolean;
}

/**
 * Statements of one Russian sentence. Each speech verb outside quotes reports: a quote just before
 * it ("«…», — заявил он"), a что-clause after it, a quote after a colon, or, for appeals and
 * judgements, what follows it. The speaker is the nominative party before the verb, else the one
 * after it; "в Кремле", "в пресс-службе МИД" speak for plural verbs without a subject.
 */
export function findRussianStatements(
  s: RussianSentence,
  previous?: PreviousSentence,
): SignedStatement[] {
  const found: SignedStatement[] = [];
  const transcript = transcriptLine(s);
  if (transcript) return [transcript];
  const signature = signatureLine(s, previous);
  if (signature !== undefined) return signature ? [signature] : [];
  let clauseStart = 0;
  s.tokens.forEach((token, v) => {
    if (token.inQuote) return;
    const verb = speechVerb(token.lower) ?? madeStatement(s, v) ?? relayed(s, v);
    if (!verb) return;
    const statement = atVerb(s, v, clauseStart, verb, previous);
    clauseStart = v + 1;
    if (!statement) return;
    // The first report of a sentence is its statement; later verbs report inside it.
    if (found.length === 0) found.push(statement);
  });
  for (const other of [byWordsOf(s), wordsOfParty(s)])
    if (other && !found.some((f) => f.speakers.includes(other.speakers[0]!))) found.push(other);
  return found;
}

function atVerb(
  s: RussianSentence,
  v: number,
  clauseStart: number,
  verb: SpeechVerb,
  previous?: PreviousSentence,
): RawStatement | undefined {
  const lower = s.word(v);
  const plural = isPlural(lower);
  const passive = isPassive(lower);
  const before = s.quoteEndingBefore(v);
  const from = isAdverbial(lower) ? 0 : clauseStart;
  // "…, заявил X": after a comma, a subject right after the verb is the speaker.
  const invertedSpeaker =
    !before && s.tokens[v - 1]?.text === ',' ? subjectAfter(s, v, plural) : undefined;
  const speakerBefore =
    before || invertedSpeaker !== undefined ? undefined : subjectBefore(s, from, v, plural);
  let speaker = invertedSpeaker ?? speakerBefore ?? subjectAfter(s, v, plural);
  if (verb.cls === 'relay') speaker = s.mentionsIn(v + 2, v + 3).find((m) => s.isParty(m));
  if (speaker === undefined && !passive) return undefined;
  const sentenceSpan: Span = { start: s.sentence.start, end: s.sentence.end };
  const base = {
    speakers: speaker === undefined ? [] : [speaker],
    addressees: addressee(s, v, verb),
    evidence: sentenceSpan,
    verb: verb.gloss,
  };
  const date = russianDateIn(s, 0, s.tokens.length);
  const dated = date ? { date } : {};
  if (before)
    return { ...base, ...dated, text: before.inner, direct: true, confidence: CONFIDENCE.quoted };
  if (s.tokens[v + 1]?.text === ':') {
    const quote = s.quoteFrom(v + 1);
    const text = quote
      ? quote.inner
      : { start: s.tokens[v + 2]?.start ?? s.sentence.end, end: s.textEnd() };
    return {
      ...base,
      ...dated,
      text,
      direct: !!quote,
      confidence: quote ? CONFIDENCE.quoted : CONFIDENCE.reported,
    };
  }
  if (s.word(0) === 'такое' || s.word(0) === 'об') {
    // "Такое заявление сделал …", "Об этом сообщил …": what was said is the sentence before.
    if (!previous || speaker === undefined) return undefined;
    const said = previous.sentence;
    return {
      ...base,
      ...dated,
      text: { start: said.start, end: said.end },
      evidence: { start: said.start, end: s.sentence.end },
      direct: false,
      confidence: CONFIDENCE.reported,
    };
  }
  const that = complementizerAfter(s, v);
  const contentFrom =
    that !== undefined ? that + 1 : CONTENT_CLASSES.has(verb.cls) ? v + 1 : undefined;
  const inverted =
    contentFrom === undefined && speakerBefore === undefined
      ? clauseBeforeVerb(s, clauseStart, v)
      : undefined;
  if (inverted)
    return { ...base, ...dated, text: inverted, direct: false, confidence: CONFIDENCE.reported };
  if (contentFrom === undefined || contentFrom >= s.tokens.length) return undefined;
  const text = { start: s.tokens[contentFrom]!.start, end: s.textEnd() };
  const quoted = s.sentence.quotes.some(
    (q) => q.outer.start >= text.start && q.outer.start < text.end,
  );
  return {
    ...base,
    ...dated,
    text,
    direct: quoted,
    confidence: quoted ? CONFIDENCE.quoted : CONFIDENCE.reported,
  };
}

/** "Сеул совершает ошибку, заявил Лавров": the reported clause stands before the verb and its comma. */
function clauseBeforeVerb(s: RussianSentence, clauseStart: number, v: number): Span | undefined {
  if (s.tokens[v - 1]?.text !== ',' || v - 1 <= clauseStart) return undefined;
  return { start: s.tokens[clauseStart]!.start, end: s.tokens[v - 2]!.end };
}

/** "«…», – приводит слова Лаврова ТАСС": the agency relays, the genitive spoke. */
function relayed(s: RussianSentence, v: number): SpeechVerb | undefined {
  return /^привод(?:ит|ят)$/.test(s.word(v)) && s.word(v + 1) === 'слова' && s.quoteEndingBefore(v)
    ? { gloss: 'said', cls: 'relay' }
    : undefined;
}

/** "Такое заявление сделал X": the noun and "сделал" report like a verb. */
function madeStatement(s: RussianSentence, v: number): SpeechVerb | undefined {
  return /^сделал[аи]?$/.test(s.word(v)) && /^заявлени[ея]$/.test(s.word(v - 1))
    ? { gloss: 'stated', cls: 'say' }
    : undefined;
}

function subjectBefore(
  s: RussianSentence,
  from: number,
  v: number,
  plural: boolean,
): number | undefined {
  const candidates = s
    .mentionsIn(from, v)
    .filter(
      (m) =>
        s.isParty(m) && !s.inQuote(m) && (s.marker(m) === 'nom' || (plural && s.marker(m) === 'в')),
    );
  const nominative = candidates.filter((m) => s.marker(m) === 'nom');
  return nominative[0] ?? candidates[candidates.length - 1];
}

/** "— заявил он журналистам", "сообщили в пресс-службе МИД": before the clause goes on. */
function subjectAfter(s: RussianSentence, v: number, plural: boolean): number | undefined {
  let end = v + 1;
  const limit = Math.min(s.tokens.length, v + 1 + INVERTED_SUBJECT_WINDOW);
  while (end < limit && !CLAUSE_BREAK.has(s.word(end))) end++;
  return s
    .mentionsIn(v + 1, end)
    .find(
      (m) =>
        s.isParty(m) && !s.inQuote(m) && (s.marker(m) === 'nom' || (plural && s.marker(m) === 'в')),
    );
}

function complementizerAfter(s: RussianSentence, v: number): number | undefined {
  // "напомнил, как …": a clause of how something was said.
  if (s.tokens[v + 1]?.text === ',' && s.word(v + 2) === 'как') return v + 2;
  for (let k = v + 1; k <= v + COMPLEMENTIZER_WINDOW && k < s.tokens.length; k++) {
    // "прокомментировал слова Антонова о том, что …": the clause is the words', not the verb's.
    if (s.tokens[k]!.inQuote || speechVerb(s.word(k)) || SPEECH_NOUN.test(s.word(k)))
      return undefined;
    if (COMPLEMENTIZERS.has(s.word(k))) return k;
  }
  return undefined;
}

function addressee(s: RussianSentence, v: number, verb: SpeechVerb): number[] {
  if (verb.cls !== 'appeal' && verb.cls !== 'warn') return [];
  const target = s.mentionsIn(v + 1, v + 4).find((m) => s.isParty(m) && s.marker(m) !== 'nom');
  return target === undefined ? [] : [target];
}

/** "Сергей Лавров: «…»" and "Песков: …": a name, a colon, what was said. */
function transcriptLine(s: RussianSentence): RawStatement | undefined {
  const m = s.mentionsIn(0, 1)[0];
  if (m === undefined || !s.isParty(m) || s.tokens[s.lastToken(m) + 1]?.text !== ':')
    return undefined;
  const from = s.lastToken(m) + 2;
  if (from >= s.tokens.length) return undefined;
  const quote = s.quoteFrom(from);
  const text = quote ?? { inner: { start: s.tokens[from]!.start, end: s.textEnd() } };
  return {
    speakers: [m],
    addressees: [],
    text: text.inner,
    evidence: { start: s.sentence.start, end: s.sentence.end },
    direct: !!quote,
    verb: 'said',
    confidence: quote ? CONFIDENCE.quoted : CONFIDENCE.reported,
  };
}

/**
 * "– Сергей Рябков" on its own line after a quotation set off as a paragraph: the quotation is
 * theirs. Undefined when the sentence is no such line; null when it is, but the quote was already
 * credited to the same person as a continued quotation.
 */
function signatureLine(
  s: RussianSentence,
  previous?: PreviousSentence,
): SignedStatement | null | undefined {
  if (!DASH.test(s.tokens[0]?.text ?? '') || s.mentions.length !== 1) return undefined;
  const m = 0;
  const rest = s.tokens.slice(s.lastToken(m) + 1);
  if (s.firstToken(m) !== 1 || rest.some((t) => t.isWord) || !s.isParty(m)) return undefined;
  const quote = previous?.standaloneQuote ? previous.sentence.quotes[0] : undefined;
  if (!quote || !previous) return null;
  return {
    speakers: [m],
    addressees: [],
    text: quote.inner,
    evidence: { start: previous.sentence.start, end: s.sentence.end },
    direct: true,
    verb: 'said',
    confidence: CONFIDENCE.quoted,
    signature: true,
  };
}

/** "слова Антонова о том, что …", "заявление Арестовича, что …": the genitive party's words. */
function wordsOfParty(s: RussianSentence): RawStatement | undefined {
  for (let k = 0; k < s.tokens.length; k++) {
    if (s.tokens[k]!.inQuote || !SPEECH_NOUN.test(s.word(k))) continue;
    // Right after the noun the owner is genitive, whatever case its form also reads as (Антонова).
    const owner = s
      .mentionsIn(k + 1, k + 2)
      .find((m) => s.isParty(m) && (s.marker(m) === 'obl' || s.marker(m) === 'nom'));
    if (owner === undefined) continue;
    const after = s.lastToken(owner) + 1;
    const that =
      s.word(after) === ',' && COMPLEMENTIZERS.has(s.word(after + 1))
        ? after + 1
        : s.word(after) === 'о' && s.word(after + 1) === 'том' && s.word(after + 2) === ','
          ? after + 3
          : -1;
    if (that < 0 || !COMPLEMENTIZERS.has(s.word(that)) || that + 1 >= s.tokens.length) continue;
    return {
      speakers: [owner],
      addressees: [],
      text: { start: s.tokens[that + 1]!.start, end: s.textEnd() },
      evidence: { start: s.sentence.start, end: s.sentence.end },
      direct: false,
      verb: 'said',
      confidence: CONFIDENCE.reported,
    };
  }
  return undefined;
}

/** "Москва, по словам главы российского МИД, заинтересована …": the sentence is the genitive party's. */
function byWordsOf(s: RussianSentence): RawStatement | undefined {
  const k = s.tokens.findIndex(
    (t, i) => t.lower === 'по' && s.word(i + 1) === 'словам' && !t.inQuote,
  );
  // "По его словам, …": the pronoun stands before the noun.
  const owned = s.tokens.findIndex(
    (t, i) => t.lower === 'по' && s.word(i + 2) === 'словам' && !t.inQuote,
  );
  const at = k >= 0 ? k + 2 : owned >= 0 ? owned + 1 : -1;
  if (at < 0) return undefined;
  const speaker = s.mentionsIn(at, at + 1).find((m) => s.isParty(m));
  if (speaker === undefined) return undefined;
  // "По его словам, …" opening the sentence: what was said starts after the frame.
  const comma = s.tokens.findIndex((t, i) => i > at && t.text === ',');
  const opens = (k >= 0 ? k : owned) === 0 && comma > 0 && comma + 1 < s.tokens.length;
  return {
    speakers: [speaker],
    addressees: [],
    text: { start: opens ? s.tokens[comma + 1]!.start : s.sentence.start, end: s.textEnd() },
    evidence: { start: s.sentence.start, end: s.sentence.end },
    direct: s.sentence.quotes.length > 0,
    verb: 'said',
    confidence: CONFIDENCE.reported,
  };
}
