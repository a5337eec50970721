import type { MeetingKind } from '@parley/graph-schema';
import type { RawMeeting } from '../../types';
import { koreanDateIn } from './dates';
import type { KoreanSentence } from './sentence';
import { readingsOf } from './tokens';

const CONFIDENCE = 0.85;
/** How far before the verb its partner may stand. */
const PARTNER_WINDOW = 24;

interface MeetingVerb {
  kind: MeetingKind;
  /** The partner is marked 와/과 (met with B) or 을/를 (received, called on, summoned B). */
  partner: 'with' | 'object' | 'either';
}

/** Verbs of meeting by their opening, conjugated or connective (만나, 만났다, 면담하며, 초치했다). */
const VERBS: [RegExp, MeetingVerb][] = [
  [/^만(?:나|났|난$)/, { kind: 'meeting', partner: 'either' }],
  [
    /^(?:회동|면담|회담|대면회담|정상회담)(?:했|하[고며]|해)/,
    { kind: 'meeting', partner: 'either' },
  ],
  [/^(?:전화)?통화(?:했|하[고며]|해)/, { kind: 'phone', partner: 'with' }],
  [/^접견(?:했|하[고며]|해)/, { kind: 'meeting', partner: 'object' }],
  [/^예방(?:했|하[고며]|해)/, { kind: 'courtesy-call', partner: 'object' }],
  [/^초치(?:했|하[고며]|해)/, { kind: 'summons', partner: 'object' }],
  [/^불러(?:서)?$/, { kind: 'summons', partner: 'object' }],
];
/** "회담을 가졌다", "정상회담을 갖고", "양자 회담을 하고": a meeting noun and a verb of holding. */
const NOUNS: [RegExp, MeetingKind][] = [
  [/정상회담$/, 'meeting'],
  [/(?:회담|회동|면담|만남)$/, 'meeting'],
  [/통화$/, 'phone'],
];
const HOLD = /^(?:가졌|갖|했|하고|하며|진행했|진행하)/;
/** "B와 … 논의했다": discussing with a person is meeting them. */
const DISCUSSED = /^(?:논의|협의)(?:했|하[고며])/;
/** A verb form that makes the clause a modifier: "…만나 … 발언을 한 싱 대사" (the one who met). */
const SUBJECT_MARKERS = new Set(['topic', 'subject', 'also']);
const ADNOMINAL = /(?:한|된|던|는|은|인)$/;

export interface MeetingMemory {
  /** Pairs already reported in the article, so a retelling is not a second meeting. */
  met: Set<string>;
}

/**
 * Meetings of one Korean sentence: "A는 B와 회담을 했다", "A는 B를 만나", "A는 B와 면담하며",
 * "A는 B를 불러 항의했다", "A는 C와 함께 B를 예방했다"; lists of partners ("X, Y, Z 등을
 * 만나"); the subject of a relative clause ("B를 만나 … 발언을 한 C").
 */
export function findKoreanMeetings(
  s: KoreanSentence,
  memory: MeetingMemory,
  countryOf: (id: string) => string | undefined,
): RawMeeting[] {
  const meetings: RawMeeting[] = [];
  const date = koreanDateIn(s.tokens);
  s.tokens.forEach((t, k) => {
    if (!t.isWord) return;
    const verb = meetingVerbAt(s, k);
    if (!verb) return;
    const quote = s.quoteAt(k);
    const sameSide = (m: number) =>
      quote
        ? s.mentions[m]!.span.start >= quote.inner.start &&
          s.mentions[m]!.span.end <= quote.inner.end
        : !s.inQuote(m);
    const before = s
      .mentionsIn(Math.max(0, k - PARTNER_WINDOW), k)
      .filter((m) => s.isParty(m) && sameSide(m));
    const partnerMark = (m: number) => {
      const marker = s.marker(m);
      return verb.partner === 'either'
        ? marker === 'with' || marker === 'object'
        : marker === verb.partner;
    };
    const last = [...before].reverse().find(partnerMark);
    if (last === undefined) return;
    const partners = listEndingAt(s, before, last);
    const subject = relativeSubject(s, k) ?? subjectBefore(s, partners[0]!, sameSide);
    if (subject === undefined || partners.includes(subject)) return;
    const lastCompanion = [...before].reverse().find((m) => s.marker(m) === 'companion');
    const companions = lastCompanion === undefined ? [] : listEndingAt(s, before, lastCompanion);
    const place = s.mentions.find(
      (m) => s.marker(s.mentions.indexOf(m)) === 'at' && m.place,
    )?.place;
    for (const a of [subject, ...companions])
      for (const b of partners) {
        const key = [s.mentions[a]!.ids[0], s.mentions[b]!.ids[0]].sort().join('|');
        if (memory.met.has(key) || !mayMeet(s, a, verb.kind)) continue;
        // "이와야 외무상 … 과 함께 이시바 총리를 예방했다": who goes with the visitors to their own leader hosts.
        const [aId, bId] = [s.mentions[a]!.ids[0]!, s.mentions[b]!.ids[0]!];
        if (a !== subject && countryOf(aId) !== undefined && countryOf(aId) === countryOf(bId))
          continue;
        memory.met.add(key);
        meetings.push({
          a: [a],
          b: [b],
          kind: verb.kind,
          evidence: { start: s.sentence.start, end: s.sentence.end },
          confidence: CONFIDENCE,
          ...(place ? { place } : {}),
          ...(date ? { date } : {}),
        });
      }
  });
  return meetings;
}

function meetingVerbAt(s: KoreanSentence, k: number): MeetingVerb | undefined {
  const word = s.word(k);
  const verb = VERBS.find(([pattern]) => pattern.test(word))?.[1];
  if (verb) return verb;
  if (DISCUSSED.test(word)) return { kind: 'meeting', partner: 'with' };
  const noun = readingsOf(word).find((r) => r.marker === 'object');
  const kind = noun && NOUNS.find(([pattern]) => pattern.test(noun.stem))?.[1];
  return kind && HOLD.test(s.word(k + 1)) && !ADNOMINAL.test(s.word(k + 1))
    ? { kind, partner: 'with' }
    : undefined;
}

/** "장호진 국가안보실장, 김홍균 1차관, … 김건 본부장 등을": the partners listed before the marked one. */
function listEndingAt(s: KoreanSentence, before: number[], last: number): number[] {
  const list = [last];
  for (let k = before.indexOf(last) - 1; k >= 0; k--) {
    const m = before[k]!;
    const gap = s.tokens.slice(s.lastToken(m) + 1, s.firstToken(list[0]!));
    if (s.marker(m) !== '' || gap.length !== 1 || !/^[,、]$/.test(gap[0]!.text)) break;
    list.unshift(m);
  }
  return list;
}

/** The one who met, when the meeting verb ends a relative clause: "이재명 대표를 만나 … 발언을 한 싱 대사". */
function relativeSubject(s: KoreanSentence, k: number): number | undefined {
  if (!/^만나(?:서)?$/.test(s.word(k))) return undefined;
  const next = s.mentionsIn(k + 1, s.tokens.length).find((m) => s.isParty(m) && !s.inQuote(m));
  if (next === undefined) return undefined;
  const before = s.firstToken(next) - 1;
  return before > k && ADNOMINAL.test(s.word(before)) && !s.tokens[before]!.inQuote
    ? next
    : undefined;
}

function subjectBefore(
  s: KoreanSentence,
  partner: number,
  sameSide: (m: number) => boolean,
): number | undefined {
  const subjects = s
    .mentionsIn(0, s.firstToken(partner))
    .filter((m) => s.isParty(m) && sameSide(m) && SUBJECT_MARKERS.has(s.marker(m)));
  return subjects[subjects.length - 1];
}

/** A state or a whole government is no party to a summons: that needs an official or a ministry. */
function mayMeet(s: KoreanSentence, m: number, kind: MeetingKind): boolean {
  if (kind !== 'summons' || s.isActor(m)) return true;
  const mention = s.mentions[m]!;
  return mention.place === undefined && !mention.ids.some((id) => id.endsWith('-government'));
}
