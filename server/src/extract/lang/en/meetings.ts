import type { DateCue, RawMeeting } from '../../types';
import { MEETING_PHRASES, ROLE_HEADS, type MeetingPhrase } from './lexicon';
import { ANY_MENTION, PARTY, type MaskedSentence } from './masked';

const CONFIDENCE = 0.85;
const anyFirstCase = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
/** "received the Ambassador of China to Nigeria, Ambassador Cui Jianchun": a role, then the person. */
const ROLE_BEFORE_NAME = `(?:the|an?)\\s+(?:[^\\s,.;“”"]+\\s+){0,3}(?:${[...ROLE_HEADS].map(anyFirstCase).join('|')})\\b[^,.;“”"]{0,120},\\s*`;
/** "met in Brussels with", "met on Tuesday with", "met separately with": a setting before the partner. */
const SETTING_BEFORE_WITH = `(?:(?:on|in|at)\\s+[^,.;“”"]{1,40}?\\s+(?=with\\b)|(?:later|separately|again|briefly|privately)\\s+(?=with\\b))?`;
/** "hosted H.E. Roey Gilad": an honorific before a partner's name. */
const HONORIFIC = `(?:(?:H\\.E\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?)\\s+)?`;
const PARTY_LIST = new RegExp(
  `^(\\s+${SETTING_BEFORE_WITH}(?:with\\s+)?(?:${ROLE_BEFORE_NAME})?${HONORIFIC})(?:(?:his|her|their|its)\\s+)?${PARTY}(?:(?:\\s*,\\s*|,?\\s+(?:and|as well as)\\s+)(?:${ROLE_BEFORE_NAME})?${HONORIFIC}${PARTY})*`,
);
/** "met with Zelenskyy in Kyiv on June 16 and with Putin in St Petersburg": a second object. */
const AND_WITH = new RegExp(
  `^[^.;“”"]{0,80}?\\band\\s+(?:later\\s+|then\\s+|also\\s+)?with\\s+(?:(?:his|her|their|its)\\s+)?(${PARTY})`,
);
const PLACE_AFTER_PREPOSITION = new RegExp(`\\b(?:in|at)\\s+(?:the\\s+)?(${ANY_MENTION})`, 'g');
const VISIT_TO = new RegExp(`\\b(?:visit|trip)\\s+to\\s+(${ANY_MENTION})`);
const EARLIER_VISIT = /\b(?:during|on)\s+(?:his|her|their|the)\s+(?:visit|trip)\b(?!\s+to\b)/i;
const UNKNOWN_PLACE = /\bin\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/u;
const NOT_PLACES =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

const isActorMention = (m: MaskedSentence, i: number) =>
  m.mentions[i]?.ids[0]?.startsWith('actor:');

/** The first known place named after `at`. */
function placeAfter(m: MaskedSentence, at: number): string | undefined {
  return knownPlaces(m).find((c) => c.at > at)?.place;
}

function knownPlaces(m: MaskedSentence): { at: number; place: string | undefined }[] {
  return [...m.text.matchAll(PLACE_AFTER_PREPOSITION)]
    .map((match) => ({
      at: match.index,
      place: m.mentions[m.mentionAt(match.index + match[0].length - match[1]!.length)!]?.place,
    }))
    .filter((c) => c.place);
}

function placeOf(m: MaskedSentence, after: number): string | undefined {
  const candidates = knownPlaces(m);
  const visit = VISIT_TO.exec(m.text);
  const visited =
    visit && m.mentions[m.mentionAt(visit.index + visit[0].length - visit[1]!.length)!]?.place;
  const chosen = candidates.find((c) => c.at > after) ?? candidates[0];
  if (chosen?.place) return chosen.place;
  if (visited) return visited;
  const unknown = UNKNOWN_PLACE.exec(m.text);
  return unknown && !NOT_PLACES.test(unknown[1]!) ? unknown[1] : undefined;
}

function meetingsFor(
  m: MaskedSentence,
  phrase: MeetingPhrase,
  date: DateCue | undefined,
): RawMeeting[] {
  const found: RawMeeting[] = [];
  for (const match of m.text.matchAll(new RegExp(`\\b(?:${phrase.pattern})\\b`, 'gi'))) {
    if (m.insideQuote(match.index)) continue;
    const end = match.index + match[0].length;
    const subjects = m.subjectBefore(match.index);
    const list = PARTY_LIST.exec(m.text.slice(end));
    let objects = list ? m.mentionsIn(end + list[1]!.length, end + list[0].length) : [];
    const listEnd = end + (list?.[0].length ?? 0);
    const second = list ? AND_WITH.exec(m.text.slice(listEnd)) : null;
    const secondAt = second ? listEnd + second[0].length - second[1]!.length : undefined;
    if (secondAt !== undefined) objects = [...objects, ...m.mentionsIn(secondAt, secondAt + 1)];
    if (phrase.personObject) objects = objects.filter((o) => isActorMention(m, o));
    if (subjects.length === 0 || (objects.length === 0 && subjects.length < 2)) continue;
    const pairs =
      objects.length > 0
        ? subjects.flatMap((a) => objects.map((b) => [a, b] as const))
        : subjects.slice(1).map((b) => [subjects[0]!, b] as const);
    const firstPlace = placeOf(m, match.index);
    const secondPlace = secondAt === undefined ? undefined : placeAfter(m, secondAt);
    for (const [a, b] of pairs) {
      const isSecond = secondAt !== undefined && b === m.mentionAt(secondAt);
      const place = isSecond ? secondPlace : firstPlace;
      found.push({
        a: [phrase.objectSought ? b : a],
        b: [phrase.objectSought ? a : b],
        kind: phrase.kind,
        evidence: { start: m.sentence.start, end: m.sentence.end },
        confidence: CONFIDENCE,
        ...(place ? { place } : EARLIER_VISIT.test(m.text) ? { placeFromEarlierVisit: true } : {}),
        ...(date ? { date } : {}),
      });
    }
  }
  return found;
}

const MET_PARTY = `(?:then-|former\\s+)?${HONORIFIC}${PARTY}`;
/** "A", "A and B", "A, B and C": a comma goes on with the list only if an "and" closes it. */
const MET_LIST = `(?:(?:his|her|their|its)\\s+)?${MET_PARTY}(?:\\s*,\\s*${MET_PARTY})*(?:,?\\s+and\\s+${MET_PARTY})?`;

/**
 * "Retno was speaking after a meeting in Jakarta with Chinese counterpart Qin Gang", "apart from
 * negotiations with Tokayev and Tileuberdi, Blinken…", "quoted Blinken as saying while meeting
 * with President Tokayev".
 */
const MEETING_NOUN_WITH = new RegExp(
  `\\b(?:(?:after|during|following|followed by|at|in|apart from|besides)\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?:[^\\s,.;]+\\s+){0,3}?(?:meeting|talks|summit|negotiations)(?:\\s+(?:in|at)\\s+(?:the\\s+)?${ANY_MENTION})?|(?:while|when|after)\\s+(?:meeting|holding talks))\\s+with\\s+(${MET_LIST})`,
  'gi',
);

/** "the Korea-Japan summit between President Yoon Suk-yeol and Prime Minister Kishida". */
const MEETING_BETWEEN = new RegExp(
  `\\b(summit|talks|meeting|negotiations|call)\\s+between\\s+(?:the\\s+)?(${PARTY})\\s+and\\s+(?:the\\s+)?(${PARTY})`,
  'gi',
);
/** "Ambassador X was summoned to the Polish Foreign Ministry": the body summoned X. */
const SUMMONED_TO = new RegExp(
  `(${PARTY})\\s+(?:was|were|had been|has been)\\s+(?:urgently\\s+|again\\s+|also\\s+)?summoned\\s+(?:on\\s+\\w+\\s+)?to\\s+(?:the\\s+)?(${PARTY})`,
  'gi',
);

function summonedTo(m: MaskedSentence, date: DateCue | undefined): RawMeeting[] {
  return [...m.text.matchAll(SUMMONED_TO)].flatMap((match) => {
    const summoned = m.mentionAt(match.index);
    const body = m.mentionAt(match.index + match[0].lastIndexOf(match[2]!));
    if (m.insideQuote(match.index) || summoned === undefined || body === undefined) return [];
    return [
      {
        a: [body],
        b: [summoned],
        kind: 'summons' as const,
        evidence: { start: m.sentence.start, end: m.sentence.end },
        confidence: CONFIDENCE,
        ...(date ? { date } : {}),
      },
    ];
  });
}

function meetingsBetween(m: MaskedSentence, date: DateCue | undefined): RawMeeting[] {
  return [...m.text.matchAll(MEETING_BETWEEN)].flatMap((match) => {
    const a = m.mentionAt(match.index + match[0].indexOf(match[2]!));
    const b = m.mentionAt(match.index + match[0].lastIndexOf(match[3]!));
    if (m.insideQuote(match.index) || a === undefined || b === undefined || a === b) return [];
    const place = placeOf(m, match.index);
    return [
      {
        a: [a],
        b: [b],
        kind: /call/i.test(match[1]!) ? ('phone' as const) : ('meeting' as const),
        evidence: { start: m.sentence.start, end: m.sentence.end },
        confidence: CONFIDENCE,
        ...(place ? { place } : {}),
        ...(date ? { date } : {}),
      },
    ];
  });
}

/** A meeting named as a noun or a participle: the sentence's first person (before it, else after it) met the parties. */
function nounMeetings(m: MaskedSentence, date: DateCue | undefined): RawMeeting[] {
  return [...m.text.matchAll(MEETING_NOUN_WITH)].flatMap((match) => {
    if (m.insideQuote(match.index)) return [];
    const listAt = match.index + match[0].length - match[1]!.length;
    const end = match.index + match[0].length;
    const objects = m.mentionsIn(listAt, end);
    const subject =
      m.mentionsIn(0, match.index).find((i) => isActorMention(m, i)) ??
      m.mentionsIn(end, m.text.length).find((i) => isActorMention(m, i));
    if (subject === undefined) return [];
    const place = placeOf(m, match.index);
    return objects
      .filter((object) => object !== subject)
      .map((object) => ({
        a: [subject],
        b: [object],
        kind: 'meeting' as const,
        evidence: { start: m.sentence.start, end: m.sentence.end },
        confidence: CONFIDENCE,
        ...(place ? { place } : {}),
        ...(date ? { date } : {}),
      }));
  });
}

const JOINT_APPEARANCE = new RegExp(
  `\\b(?:a|the|their)\\s+joint\\s+(?:news|press)\\s+(?:conference|briefing)(?:\\s+(?:in|at)\\s+(?:the\\s+)?${ANY_MENTION})?(?:\\s+with\\s+(${PARTY}))?`,
  'i',
);
/** Most people a joint appearance pairs up: beyond that the sentence names others too. */
const MOST_AT_JOINT_APPEARANCE = 3;

/**
 * "told a joint news conference with Blinken": the speaker met Blinken; "In a joint news
 * conference in Ankara, Erdogan praised Mohamud and Ahmed": the people it names stood together.
 */
function jointAppearances(m: MaskedSentence, date: DateCue | undefined): RawMeeting[] {
  const match = JOINT_APPEARANCE.exec(m.text);
  if (!match || m.insideQuote(match.index)) return [];
  const outsideQuotes = (i: number) => !m.insideQuote(m.mentions[i]!.span.start - m.sentence.start);
  const people = [
    ...new Set(
      m.mentionsIn(0, m.text.length).filter((i) => isActorMention(m, i) && outsideQuotes(i)),
    ),
  ];
  const partner =
    match[1] === undefined
      ? undefined
      : m.mentionAt(match.index + match[0].length - match[1].length);
  const speaker = people.find((p) => p !== partner);
  const pairs =
    partner !== undefined
      ? speaker === undefined
        ? []
        : [[speaker, partner] as const]
      : people.length <= MOST_AT_JOINT_APPEARANCE
        ? people.flatMap((a, k) => people.slice(k + 1).map((b) => [a, b] as const))
        : [];
  const place = placeOf(m, match.index);
  return pairs.map(([a, b]) => ({
    a: [a],
    b: [b],
    kind: 'meeting' as const,
    evidence: { start: m.sentence.start, end: m.sentence.end },
    confidence: CONFIDENCE,
    ...(place ? { place } : {}),
    ...(date ? { date } : {}),
  }));
}

/** Meetings, talks, calls, summonses and visits one English sentence reports, one per pair. */
export function findEnglishMeetings(m: MaskedSentence, date: DateCue | undefined): RawMeeting[] {
  const seen = new Set<string>();
  return [
    ...MEETING_PHRASES.flatMap((phrase) => meetingsFor(m, phrase, date)),
    ...nounMeetings(m, date),
    ...meetingsBetween(m, date),
    ...summonedTo(m, date),
    ...jointAppearances(m, date),
  ].filter((meeting) => {
    const key = [meeting.a[0], meeting.b[0]].sort().join('-');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
