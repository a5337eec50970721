import type { MeetingKind } from '@parley/graph-schema';
import type { RawMeeting } from '../../types';
import { russianDateIn } from './dates';
import type { RussianSentence } from './sentence';

const CONFIDENCE = 0.85;
const MET = /^встретил(?:ся|ась|ись)$/;
const HELD =
  /^(?:провел[аи]?|провели|провёл|проводит|провод[яи]т|имел[аи]?|состоял(?:ся|ась|ись))$/;
const TALKS =
  /^(?:встреч(?:[уиае]|ей)|пресс-конференци[июя]|переговор(?:ы|ов|ах)|бесед[уаеы]|консультаци[ию]|разговор)$/;
const RECEIVED = /^принял[аи]?$/;
const SUMMONED = /^вызван[аоы]?$/;
const SUMMONED_ACTIVE = /^вызвал[аои]?$/;
const PHONE = /^(?:телефонн(?:ый|ого|ом)|телефону|созвонил(?:ся|ась|ись))$/;
const WITH = new Set(['с', 'со']);
const FIRST_PERSON = /^(?:мы|я)$/;
/** After a summons, the conversation that follows in the next sentences is that summons. */
const SUMMONS_CARRIES_SENTENCES = 2;
const SUMMONED_WITHIN_TOKENS = 12;
const PARTNER_BEFORE_TOKENS = 2;

export interface MeetingMemory {
  /** Ids of people summoned, by the sentence that said so. */
  summoned: Map<string, number>;
}

/**
 * Meetings of one Russian sentence: "A встретился с B", "A провел встречу/переговоры с B",
 * "В беседе с B A заявил", "A принял B", "B вызван в МИД [России]", "B вызвали в МИД", phone
 * calls ("телефонный разговор с", "по телефону"). A meeting with someone just summoned is the summons.
 */
export function findRussianMeetings(
  s: RussianSentence,
  memory: MeetingMemory,
  quotedSpeaker?: number,
): RawMeeting[] {
  const meetings: RawMeeting[] = [];
  const index = s.sentence.index;
  const date = russianDateIn(s, 0, s.tokens.length);
  const phone = s.tokens.some((t) => PHONE.test(t.lower));
  const base = (kind: MeetingKind) => ({
    kind,
    evidence: { start: s.sentence.start, end: s.sentence.end },
    confidence: CONFIDENCE,
    ...(date ? { date } : {}),
  });
  const parties = s.mentions.flatMap((_, m) => (s.isParty(m) ? [m] : []));
  const actor = (m: number) => s.mentions[m]!.ids[0]!.startsWith('actor:');
  const place = (from: number) =>
    s.mentionsIn(from, s.tokens.length).find((m) => s.marker(m) === 'в' && s.mentions[m]!.place) ??
    s.mentionsIn(0, from).find((m) => s.marker(m) === 'в' && s.mentions[m]!.place);
  const kindWith = (b: number): MeetingKind => {
    const id = s.mentions[b]!.ids[0]!;
    const at = memory.summoned.get(id);
    return phone
      ? 'phone'
      : at !== undefined && index - at <= SUMMONS_CARRIES_SENTENCES
        ? 'summons'
        : 'meeting';
  };
  const add = (a: number, b: number, kind: MeetingKind) => {
    const p = kind === 'summons' ? undefined : place(0);
    meetings.push({
      ...base(kind),
      a: [a],
      b: [b],
      ...(p !== undefined ? { place: s.mentions[p]!.place! } : {}),
    });
  };

  s.tokens.forEach((t, k) => {
    // «Мы провели переговоры с …», — сказал X: a meeting in the first person is the speaker's.
    const ours = t.inQuote && quotedSpeaker !== undefined && FIRST_PERSON.test(s.word(k - 1));
    if (t.inQuote && !ours && !SUMMONED.test(t.lower)) return;
    const meetingVerb =
      MET.test(t.lower) ||
      (HELD.test(t.lower) && TALKS.test(s.word(k + 1))) ||
      RECEIVED.test(t.lower);
    const talksWith = TALKS.test(t.lower) && WITH.has(s.word(k + 1)) && !HELD.test(s.word(k - 1));
    if (meetingVerb || talksWith) {
      // "встретился с B", or with the partner first: "с B встретился A".
      const partner =
        parties.find(
          (m) => s.firstToken(m) > k && WITH.has(s.marker(m)) && s.firstToken(m) <= k + 4,
        ) ??
        parties.find(
          (m) =>
            MET.test(t.lower) &&
            s.lastToken(m) < k &&
            WITH.has(s.marker(m)) &&
            s.lastToken(m) >= k - PARTNER_BEFORE_TOKENS,
        );
      const received = RECEIVED.test(t.lower)
        ? parties.find((m) => s.firstToken(m) === k + 1 && actor(m))
        : undefined;
      const b = partner ?? received;
      const subject = ours
        ? quotedSpeaker
        : talksWith && k <= 2
          ? parties.find((m) => s.firstToken(m) > k && s.marker(m) === 'nom' && m !== b)
          : (parties.filter((m) => s.firstToken(m) < k && s.marker(m) === 'nom').pop() ??
            parties.find((m) => s.firstToken(m) > k && s.marker(m) === 'nom' && m !== b));
      if (b === undefined || subject === undefined || subject === b) return;
      for (const partnerOf of [b, ...listedAfter(s, b, parties)])
        if (partnerOf !== subject) add(subject, partnerOf, kindWith(partnerOf));
      return;
    }
    if (SUMMONED.test(t.lower) || SUMMONED_ACTIVE.test(t.lower)) {
      const active = SUMMONED_ACTIVE.test(t.lower);
      // "вызвали в МИД", or the ministry as the subject: "МИД Японии вызвал посла".
      const body =
        parties.find(
          (m) => Math.abs(s.firstToken(m) - k) <= 3 && s.marker(m) === 'в' && !actor(m),
        ) ??
        (active
          ? parties.find((m) => s.firstToken(m) < k && s.marker(m) === 'nom' && !actor(m))
          : undefined);
      // Passive "посол был вызван": the nominative; active "посла … вызвали": the accusative.
      const mark = SUMMONED.test(t.lower) ? 'nom' : 'obl';
      const near = parties.filter(
        (m) =>
          m !== body &&
          actor(m) &&
          s.inQuote(m) === t.inQuote &&
          s.marker(m) === mark &&
          Math.abs(s.firstToken(m) - k) <= SUMMONED_WITHIN_TOKENS,
      );
      const summonedOne = near.filter((m) => s.firstToken(m) < k).pop() ?? near[0];
      if (summonedOne === undefined) return;
      memory.summoned.set(s.mentions[summonedOne]!.ids[0]!, index);
      if (body !== undefined) add(body, summonedOne, 'summons');
    }
  });
  return meetings;
}

/** "провел переговоры с A, B и C": the parties listed after the first partner, in the same case. */
function listedAfter(s: RussianSentence, first: number, parties: number[]): number[] {
  const listed: number[] = [];
  let last = first;
  for (const m of parties) {
    if (m <= last) continue;
    const between = s.tokens.slice(s.lastToken(last) + 1, s.firstToken(m)).map((t) => t.lower);
    const joined = between.length === 1 && (between[0] === ',' || between[0] === 'и');
    if (!joined || s.marker(m) === 'nom' || s.inQuote(m) !== s.inQuote(first)) break;
    listed.push(m);
    last = m;
  }
  return listed;
}
