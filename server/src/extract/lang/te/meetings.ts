import type { RawMeeting } from '../../types';
import { teluguDateIn } from './dates';
import { PHONE_WORDS, THE_TWO } from './lexicon';
import type { TeluguSentence } from './sentence';
import { meetingVerbs } from './verbs';

const CONFIDENCE = 0.85;

/**
 * Meetings of one Telugu sentence: the unmarked person meets the one marked "-తో" (or the object
 * of "కలిశారు", "పిలిపించింది"); "A మరియు B … చర్చల తర్వాత" pairs A and B; "ఇరువురు నేతలు …
 * భేటీ అయ్యారు" with its own place or date repeats the last pair.
 */
export function findTeluguMeetings(s: TeluguSentence): RawMeeting[] {
  const meetings: RawMeeting[] = [];
  let start = 0;
  for (const verbAt of meetingVerbs(s)) {
    const first = start;
    start = verbAt.last + 1;
    const inClause = s.mentionsIn(first, verbAt.first).filter((m) => s.isParty(m));
    const partnerMark = verbAt.verb.objectPartner ? 'object' : 'with';
    const partners = inClause.filter((m) => s.mentions[m]!.marker === partnerMark);
    const subject =
      inClause.find((m) => s.isSubjectLike(m) && s.isActor(m)) ??
      inClause.find((m) => s.isSubjectLike(m));
    const group = subject === undefined ? [] : s.group(subject);
    const words = s.tokens.slice(first, verbAt.first).map((t) => t.norm);
    const placeMention = s
      .mentionsIn(first, verbAt.first)
      .filter((m) => s.mentions[m]!.marker === 'in' && s.mentions[m]!.place)
      .pop();
    const place = placeMention === undefined ? undefined : s.mentions[placeMention]!.place;
    const date = teluguDateIn(s, first, verbAt.last + 1) ?? teluguDateIn(s, 0, s.tokens.length);
    const base = {
      kind: words.some((w) => PHONE_WORDS.test(w)) ? ('phone' as const) : verbAt.verb.kind,
      evidence: { start: s.sentence.start, end: s.sentence.end },
      confidence: CONFIDENCE,
      ...(place ? { place } : {}),
      ...(date ? { date } : {}),
    };
    const reported = s.wordAt(verbAt.last).endsWith('ని');
    if (partners.length === 0 && words.some((w) => THE_TWO.test(w))) {
      if (!reported && (place || date))
        meetings.push({ ...base, a: [], b: [], repeatsLastPair: true });
      continue;
    }
    if (partners.length > 0 && subject !== undefined)
      meetings.push({ ...base, a: group.filter((m) => !partners.includes(m)), b: partners });
    else if (group.length >= 2)
      for (const b of group.slice(1)) meetings.push({ ...base, a: [group[0]!], b: [b] });
  }
  return meetings;
}
