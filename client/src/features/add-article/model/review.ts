import {
  slugify,
  type ArticlePreviewResponse,
  type DatePrecision,
  type MeetingKind,
} from '@parley/graph-schema';

type Preview = ArticlePreviewResponse;
type Party = { id: string; name: string };

export type StatementReview = {
  dropped: boolean;
  /** Null while the article leaves the speaker open and nobody has chosen. */
  speakerId: string | null;
  addresseeIds: string[];
  touched: boolean;
};

export type MeetingReview = {
  dropped: boolean;
  a: string;
  b: string;
  kind: MeetingKind;
  place: string | null;
  date: string | null;
  datePrecision: DatePrecision | null;
  touched: boolean;
};

/** What can be corrected in a meeting. */
export type MeetingChange = Partial<
  Pick<MeetingReview, 'a' | 'b' | 'kind' | 'place' | 'date' | 'datePrecision'>
>;

/** What a person decided about each fact of a preview, by fact id. */
export type Review = {
  statements: Record<string, StatementReview>;
  meetings: Record<string, MeetingReview>;
  /** Names of parties picked from the whole graph, which the preview does not name. */
  pickedNames: Record<string, string>;
  /** Parties the reviewer created: nobody in the article or the graph was the right one. */
  newParties: NewParty[];
};

export type NewParty = { id: string; name: string; kind: 'actor' | 'institution' };

/** A party named by the reviewer, with its id derived from kind and name like any other. */
export function newParty(name: string, kind: NewParty['kind']): NewParty | null {
  const trimmed = name.trim();
  const slug = slugify(trimmed);
  return slug ? { id: `${kind}:${slug}`, name: trimmed, kind } : null;
}

/** Remembers a created party so choosers offer it and the write carries it. */
export function addNewParty(review: Review, party: NewParty): Review {
  if (review.newParties.some((p) => p.id === party.id)) return review;
  return {
    ...review,
    newParties: [...review.newParties, party],
    pickedNames: remember(review, party),
  };
}

export function startReview(preview: Preview): Review {
  return {
    statements: Object.fromEntries(
      preview.facts.statements.map((s) => [
        s.id,
        {
          dropped: false,
          speakerId: s.speaker?.id ?? null,
          addresseeIds: s.addressees.map((a) => a.id),
          touched: false,
        },
      ]),
    ),
    meetings: Object.fromEntries(
      preview.facts.meetings.map((m) => [
        m.id,
        {
          dropped: false,
          a: m.a.id,
          b: m.b.id,
          kind: m.kind,
          place: m.place,
          date: m.date,
          datePrecision: m.datePrecision,
          touched: false,
        },
      ]),
    ),
    pickedNames: {},
    newParties: [],
  };
}

const remember = (review: Review, party: Party): Review['pickedNames'] =>
  review.pickedNames[party.id] === party.name
    ? review.pickedNames
    : { ...review.pickedNames, [party.id]: party.name };

function updateStatement(
  review: Review,
  id: string,
  change: (s: StatementReview) => Partial<StatementReview>,
): Review {
  const current = review.statements[id];
  if (!current) return review;
  return {
    ...review,
    statements: { ...review.statements, [id]: { ...current, ...change(current), touched: true } },
  };
}

function updateMeeting(
  review: Review,
  id: string,
  change: (m: MeetingReview) => Partial<MeetingReview>,
): Review {
  const current = review.meetings[id];
  if (!current) return review;
  return {
    ...review,
    meetings: { ...review.meetings, [id]: { ...current, ...change(current), touched: true } },
  };
}

/** The speaker, among the candidates, the article's parties or anyone in the graph. */
export const chooseSpeaker = (review: Review, id: string, speaker: Party): Review =>
  updateStatement({ ...review, pickedNames: remember(review, speaker) }, id, () => ({
    speakerId: speaker.id,
  }));

export const addAddressee = (review: Review, id: string, addressee: Party): Review =>
  updateStatement({ ...review, pickedNames: remember(review, addressee) }, id, (s) => ({
    addresseeIds: s.addresseeIds.includes(addressee.id)
      ? s.addresseeIds
      : [...s.addresseeIds, addressee.id],
  }));

export const removeAddressee = (review: Review, id: string, addresseeId: string): Review =>
  updateStatement(review, id, (s) => ({
    addresseeIds: s.addresseeIds.filter((a) => a !== addresseeId),
  }));

/**
 * Corrects a meeting's pair, kind, place or date. An empty place is none; a date without a
 * precision is a day, and no date has no precision.
 */
export function changeMeeting(
  review: Review,
  id: string,
  change: MeetingChange,
  picked?: Party,
): Review {
  const withName = picked ? { ...review, pickedNames: remember(review, picked) } : review;
  return updateMeeting(withName, id, (m) => {
    const next = { ...m, ...change };
    const place = next.place?.trim() ? next.place : null;
    const date = next.date || null;
    return { ...next, place, date, datePrecision: date ? (next.datePrecision ?? 'day') : null };
  });
}

/** Drops a statement or a meeting, or keeps it again. */
export function toggleDropped(review: Review, id: string): Review {
  if (review.statements[id]) return updateStatement(review, id, (s) => ({ dropped: !s.dropped }));
  return updateMeeting(review, id, (m) => ({ dropped: !m.dropped }));
}

/** Statements whose speaker the article leaves open and nobody chose: they are not written. */
export function openStatements(review: Review): number {
  return Object.values(review.statements).filter((s) => !s.dropped && s.speakerId === null).length;
}

/** Meetings kept with the same party on both sides: the server would refuse them. */
export function selfMeetings(review: Review): string[] {
  return Object.entries(review.meetings)
    .filter(([, m]) => !m.dropped && m.a === m.b)
    .map(([id]) => id);
}

export function isReviewed(review: Review): boolean {
  return [...Object.values(review.statements), ...Object.values(review.meetings)].some(
    (f) => f.touched,
  );
}

/** Every party a fact of the preview may name: the article's own, and each candidate speaker. */
export function articleParties(preview: Preview): Party[] {
  const byId = new Map<string, string>();
  const add = (p: Party) => byId.has(p.id) || byId.set(p.id, p.name);
  preview.parties.forEach(add);
  for (const s of preview.facts.statements) {
    if (s.speaker) add(s.speaker);
    s.candidates.forEach(add);
    s.addressees.forEach(add);
  }
  for (const m of preview.facts.meetings) [m.a, m.b].forEach(add);
  return [...byId].map(([id, name]) => ({ id, name }));
}

/** The name to show for a party id: the preview's, or the graph's for one picked by search. */
export function partyName(preview: Preview, review: Review, id: string): string {
  return articleParties(preview).find((p) => p.id === id)?.name ?? review.pickedNames[id] ?? id;
}
