import type { ArticlePreviewResponse, ReviewedFacts } from '@parley/graph-schema';

type Preview = ArticlePreviewResponse;

export type StatementReview = {
  dropped: boolean;
  /** Null while the article leaves the speaker open and nobody has chosen. */
  speakerId: string | null;
  addresseeIds: string[];
  touched: boolean;
};
export type MeetingReview = { dropped: boolean; touched: boolean };

/** What a person decided about each fact of a preview, by fact id. */
export type Review = {
  statements: Record<string, StatementReview>;
  meetings: Record<string, MeetingReview>;
};

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
      preview.facts.meetings.map((m) => [m.id, { dropped: false, touched: false }]),
    ),
  };
}

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

export const chooseSpeaker = (review: Review, id: string, speakerId: string): Review =>
  updateStatement(review, id, () => ({ speakerId }));

export const removeAddressee = (review: Review, id: string, addresseeId: string): Review =>
  updateStatement(review, id, (s) => ({
    addresseeIds: s.addresseeIds.filter((a) => a !== addresseeId),
  }));

/** Drops a statement or a meeting, or keeps it again. */
export function toggleDropped(review: Review, id: string): Review {
  if (review.statements[id]) return updateStatement(review, id, (s) => ({ dropped: !s.dropped }));
  const meeting = review.meetings[id];
  if (!meeting) return review;
  return {
    ...review,
    meetings: { ...review.meetings, [id]: { dropped: !meeting.dropped, touched: true } },
  };
}

/** Statements whose speaker the article leaves open and nobody chose: they are not written. */
export function openStatements(review: Review): number {
  return Object.values(review.statements).filter((s) => !s.dropped && s.speakerId === null).length;
}

export function isReviewed(review: Review): boolean {
  return [...Object.values(review.statements), ...Object.values(review.meetings)].some(
    (f) => f.touched,
  );
}

/**
 * The facts to write, exactly as the person left them: dropped ones and statements still without
 * a speaker are left out, replies to them too; touched facts are marked reviewed.
 */
export function reviewedFacts(preview: Preview, review: Review): ReviewedFacts {
  const statements = preview.facts.statements.flatMap((s) => {
    const decided = review.statements[s.id];
    if (!decided || decided.dropped || decided.speakerId === null) return [];
    return [{ statement: s, decided, speakerId: decided.speakerId }];
  });
  const written = new Set(statements.map(({ statement }) => statement.id));
  return {
    statements: statements.map(({ statement: s, decided, speakerId }) => ({
      id: s.id,
      speakerIds: [speakerId],
      addresseeIds: decided.addresseeIds,
      text: s.text,
      direct: s.direct,
      summaryEn: s.summaryEn ?? null,
      evidence: s.evidence,
      respondsTo: s.respondsTo.filter((id) => written.has(id)),
      date: s.date ?? null,
      datePrecision: s.datePrecision ?? null,
      confidence: decided.touched ? 1 : s.confidence,
      reviewed: decided.touched,
    })),
    meetings: preview.facts.meetings.flatMap((m) => {
      const decided = review.meetings[m.id];
      if (!decided || decided.dropped) return [];
      return [
        {
          id: m.id,
          a: m.a.id,
          b: m.b.id,
          kind: m.kind,
          place: m.place,
          date: m.date,
          datePrecision: m.datePrecision,
          evidence: m.evidence,
          confidence: m.confidence,
          reviewed: decided.touched,
        },
      ];
    }),
    parties: [],
  };
}
