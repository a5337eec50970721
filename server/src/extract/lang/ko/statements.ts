import type { RawStatement } from '../../types';
import { koreanDateIn } from './dates';
import type { KoreanSentence } from './sentence';
import { speechVerb, verbForm, type SpeechVerb } from './verbs';

const CONFIDENCE = { quoted: 0.9, reported: 0.8 } as const;
/** Adverbs that open a sentence going on with the last speaker ("또", "이어"): its subject is left out. */
const CONTINUES = /^(?:또|또한|이어|이어서|아울러|그러면서|그는)$/;
/** Endings of a clause of time or cause ("…한 데 대해,", "…한 뒤,"). */
const SUBORDINATE = /(?:대해|대해서|데|뒤|후|때|가운데|동안)(?:는|은)?$/;
const SUBJECT_MARKERS = new Set(['topic', 'also', 'subject']);
const ADDRESSEE_MARKERS = new Set(['to', 'toward', 'about']);
/** Speech nouns whose owner a "…의 발언에 대해" answer is aimed at. */
const REMARKS = /^(?:발언|주장|담화|언급|입장|비판|비난|경고|성명)/;

export interface KoreanStatement extends RawStatement {
  /** Index of the main verb's token: replies and meetings read around it. */
  verbAt: number;
}

/** The sentence's reporting verb: the last speech verb outside quotes that ends the sentence or its clause. */
function mainVerb(s: KoreanSentence): { at: number; verb: SpeechVerb } | undefined {
  let found: { at: number; verb: SpeechVerb } | undefined;
  s.tokens.forEach((t, k) => {
    if (!t.isWord || t.inQuote) return;
    const verb = speechVerb(t.text) ?? quotativeHada(s, k);
    // "주장한 바 있다": a modifier of 바 with 있다 reports as the finite verb would.
    const form = verb && (s.word(k + 1) === '바' ? 'finite' : verbForm(t.text));
    if (!verb || form === 'adnominal') return;
    if (form === 'finite' || !found) found = { at: k, verb };
    else if (verbForm(s.word(found.at)) !== 'finite') found = { at: k, verb };
  });
  return found;
}

/** `"…"이라고 했다`, `…자고 했다`: 하다 right after a quotative ~고 is "said". */
function quotativeHada(s: KoreanSentence, k: number): SpeechVerb | undefined {
  if (!/^(?:했|한다|하였|합니다)/.test(s.word(k))) return undefined;
  const before = s.tokens[k - 1];
  return before && /고$/.test(before.text) ? { gloss: 'said' } : undefined;
}

/**
 * The statement of one Korean sentence, if it reports speech: `S는 "…"라고 말했다`, `S는 …다고
 * 밝혔다`, `S는 …을 촉구했다`, `…다고 S가 밝혔다`, with "X에 따르면" naming a source. A
 * sentence that opens with "또" or "이어" and names no person before its verb goes on with
 * the last speaker (its speakers are left empty for the pipeline to carry over).
 */
export function findKoreanStatement(
  s: KoreanSentence,
  continuesSpeech: boolean,
): KoreanStatement | undefined {
  const transcript = soundbite(s);
  if (transcript) return transcript;
  const main = mainVerb(s);
  if (!main) return undefined;
  const v = main.at;
  const speaker = subjectOf(s, v, continuesSpeech);
  const quotes = s.quotes.filter(
    (q) => q.double && q.outer.start < s.tokens[v]!.start && !relativeQuote(s, q.outer.end),
  );
  // `김 의원이 "…"고 묻자, 조 장관은 "…"고 답했다`: the speaker's own words come after them.
  const speakerEnd = speaker === undefined ? -1 : s.tokens[s.lastToken(speaker)]!.end;
  const quote = quotes.find((q) => q.outer.start >= speakerEnd) ?? quotes[0];
  const anyQuote = s.quotes.some((q) => q.outer.start < s.tokens[v]!.start);
  const clauseEnd = reportedClauseEnd(s, v);
  const inverted = speaker !== undefined && clauseEnd >= 0 && s.firstToken(speaker) > clauseEnd;
  const from = speaker === undefined || inverted ? 0 : s.lastToken(speaker) + 1;
  const to = inverted ? clauseEnd : v;
  const text = quote
    ? quote.inner
    : { start: s.tokens[Math.min(from, to)]!.start, end: s.tokens[to]!.end };
  const date = koreanDateIn(s.tokens);
  return {
    speakers: speaker === undefined ? [] : [speaker],
    addressees: addresseesOf(s, v, speaker),
    text,
    evidence: { start: s.sentence.start, end: s.sentence.end },
    direct: anyQuote,
    verb: main.verb.gloss,
    confidence: quote ? CONFIDENCE.quoted : CONFIDENCE.reported,
    verbAt: v,
    ...(date ? { date } : {}),
  };
}

/**
 * `A는 "…"고 말했고, B는 "…"고 밝혔다`: after a speech verb joined to the rest by a comma, a
 * second speaker with a verb of their own says the second part.
 */
export function secondSpeakerStatement(
  s: KoreanSentence,
  first: KoreanStatement,
): KoreanStatement | undefined {
  const firstSpeaker = first.speakers[0];
  if (firstSpeaker === undefined) return undefined;
  const joint = s.tokens.findIndex(
    (t, k) =>
      k > s.lastToken(firstSpeaker) &&
      !t.inQuote &&
      speechVerb(t.text) !== undefined &&
      verbForm(t.text) === 'connective' &&
      s.word(k + 1) === ',',
  );
  if (joint < 0) return undefined;
  const v = s.tokens.findIndex(
    (t, k) => k > joint && !t.inQuote && speechVerb(t.text) && verbForm(t.text) === 'finite',
  );
  const verb = v < 0 ? undefined : speechVerb(s.word(v));
  if (!verb) return undefined;
  const firstIds = s.mentions[firstSpeaker]!.ids.join();
  const speaker = s
    .mentionsIn(joint + 1, v)
    .find(
      (m) =>
        s.isParty(m) &&
        !s.inQuote(m) &&
        SUBJECT_MARKERS.has(s.marker(m)) &&
        s.mentions[m]!.ids.join() !== firstIds,
    );
  if (speaker === undefined) return undefined;
  const after = s.tokens[s.lastToken(speaker)]!.end;
  const quote = s.quotes.find(
    (q) => q.double && q.outer.start >= after && q.outer.start < s.tokens[v]!.start,
  );
  return {
    ...first,
    speakers: [speaker],
    addressees: addresseesOf(s, v, speaker).filter((m) => s.firstToken(m) > joint),
    text: quote
      ? quote.inner
      : { start: s.tokens[s.lastToken(speaker) + 1]!.start, end: s.tokens[v]!.end },
    direct: quote !== undefined,
    verb: verb.gloss,
    confidence: quote ? CONFIDENCE.quoted : CONFIDENCE.reported,
    verbAt: v,
  };
}

/** `"…"는 등의 발언을 한 싱 대사`: a quote that modifies a noun is someone else's words. */
function relativeQuote(s: KoreanSentence, end: number): boolean {
  const after = s.tokens.find((t) => t.start >= end);
  return !!after && after.start === end && /^(?:는|란|라는|이라는|은)$/.test(after.text);
}

function subjectOf(s: KoreanSentence, v: number, continuesSpeech: boolean): number | undefined {
  const candidates = s
    .mentionsIn(0, v)
    .filter(
      (m) =>
        s.isParty(m) &&
        !s.inQuote(m) &&
        SUBJECT_MARKERS.has(s.marker(m)) &&
        !inSubordinateClause(s, m, v),
    );
  // "…전했다고 러시아 외무부가 밝혔다": a subject between the reported clause and the verb reports it.
  const clauseEnd = reportedClauseEnd(s, v);
  const inverted = candidates.find((m) => s.firstToken(m) > clauseEnd && clauseEnd >= 0);
  // "이에 지노비예프 대사는 …했다고 외교부가 전했다": a body relays the named person of its clause.
  const relayed = candidates.find(
    (m) => s.firstToken(m) < clauseEnd && s.isActor(m) && s.marker(m) !== 'subject',
  );
  if (inverted !== undefined)
    return relayed !== undefined && !s.isActor(inverted) ? relayed : inverted;
  const topic = candidates.find((m) => s.marker(m) !== 'subject') ?? candidates[0];
  if (topic === undefined) return undefined;
  // "또, 한국은 …다고 강조했다": after "또" a state is what the last speaker spoke about.
  const opensWithContinuation = CONTINUES.test(s.word(0));
  const isState = s.mentions[topic]!.place !== undefined;
  return continuesSpeech && opensWithContinuation && isState ? undefined : topic;
}

/** The last "…했다고" before the verb: what comes after it up to the verb may be the reporter. */
function reportedClauseEnd(s: KoreanSentence, v: number): number {
  let end = -1;
  for (let k = 0; k < v; k++) {
    const t = s.tokens[k]!;
    if (!t.inQuote && /(?:다고|라고)$/.test(t.text)) end = k;
  }
  return end;
}

/**
 * "우리 정부가 … 초치한 데 대해, 중국 당국도 …", "북한이 … 간주한 언급에 대해서는 …": a subject
 * whose clause closes before the verb (with a comma, or a topic 는 on the closing word) is that clause's.
 */
function inSubordinateClause(s: KoreanSentence, m: number, v: number): boolean {
  if (s.marker(m) !== 'subject') return false;
  for (let k = s.lastToken(m) + 1; k < v; k++) {
    const word = s.word(k);
    if (s.tokens[k]!.inQuote || !SUBORDINATE.test(word)) continue;
    if (s.word(k + 1) === ',' || /[는은]$/.test(word)) return true;
  }
  return false;
}

function addresseesOf(s: KoreanSentence, v: number, speaker: number | undefined): number[] {
  const found = new Set<number>();
  for (const m of s.mentionsIn(0, v)) {
    if (m === speaker || !s.isParty(m) || s.inQuote(m)) continue;
    const marker = s.marker(m);
    if (ADDRESSEE_MARKERS.has(marker)) found.add(m);
    else if (marker === 'genitive' && REMARKS.test(s.word(s.lastToken(m) + 1))) found.add(m);
  }
  return [...found];
}

/**
 * `[드미트리 페스코프/러시아 크렘린궁 대변인 : "…"]`: broadcast copy gives a soundbite as the
 * speaker, a colon and the words.
 */
function soundbite(s: KoreanSentence): KoreanStatement | undefined {
  const open = s.tokens[0]?.text === '[' ? 1 : 0;
  const [m] = s.mentionsIn(open, open + 1);
  if (m === undefined || !s.isParty(m)) return undefined;
  const colon = s.lastToken(m) + 1;
  if (s.tokens[colon]?.text !== ':' || colon + 1 >= s.tokens.length) return undefined;
  const quote = s.quotes.find((q) => q.double && q.outer.start >= s.tokens[colon]!.end);
  const last = s.tokens[s.tokens.length - 1]!;
  const end = last.text === ']' ? last.start : last.end;
  return {
    speakers: [m],
    addressees: [],
    text: quote ? quote.inner : { start: s.tokens[colon + 1]!.start, end },
    evidence: { start: s.sentence.start, end: s.sentence.end },
    direct: true,
    verb: 'said',
    confidence: CONFIDENCE.quoted,
    verbAt: colon,
  };
}

/**
 * `김 의원이 "…"고 묻자, 조 장관은 "…"라고 답했다`: a clause of "when X asked" (…자) before the
 * sentence's speaker holds X's own words.
 */
export function whenClauseStatement(
  s: KoreanSentence,
  main: KoreanStatement,
): KoreanStatement | undefined {
  const mainSpeaker = main.speakers[0];
  if (mainSpeaker === undefined) return undefined;
  const joint = s.tokens.findIndex(
    (t, k) =>
      k < s.firstToken(mainSpeaker) &&
      !t.inQuote &&
      /자$/.test(t.text) &&
      speechVerb(t.text) !== undefined,
  );
  if (joint < 0) return undefined;
  const speaker = s
    .mentionsIn(0, joint)
    .filter((m) => s.isParty(m) && !s.inQuote(m) && SUBJECT_MARKERS.has(s.marker(m)))
    .pop();
  if (
    speaker === undefined ||
    s.mentions[speaker]!.ids.join() === s.mentions[mainSpeaker]!.ids.join()
  )
    return undefined;
  const quote = s.quotes.filter((q) => q.double && q.outer.end <= s.tokens[joint]!.start).pop();
  const from = s.tokens[s.lastToken(speaker) + 1];
  if (!quote && !from) return undefined;
  return {
    ...main,
    speakers: [speaker],
    addressees: [mainSpeaker],
    text: quote ? quote.inner : { start: from!.start, end: s.tokens[joint]!.end },
    direct: quote !== undefined,
    verb: speechVerb(s.word(joint))!.gloss,
    confidence: quote ? CONFIDENCE.quoted : CONFIDENCE.reported,
    verbAt: joint,
  };
}
