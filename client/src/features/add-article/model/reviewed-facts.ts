import type { ArticlePreviewResponse, ReviewedFacts } from '@parley/graph-schema';
import type { Review } from './review';

/**
 * The facts to write, exactly as the person left them: dropped ones and statements still without
 * a speaker are left out, replies to them too; touched facts are marked reviewed (a person vouches
 * for them, so they carry full confidence), with the parties the reviewer created for them.
 */
export function reviewedFacts(preview: ArticlePreviewResponse, review: Review): ReviewedFacts {
  const statements = preview.facts.statements.flatMap((s) => {
    const decided = review.statements[s.id];
    if (!decided || decided.dropped || decided.speakerId === null) return [];
    return [{ statement: s, decided, speakerId: decided.speakerId }];
  });
  const written = new Set(statements.map(({ statement }) => statement.id));
  const meetings = preview.facts.meetings.flatMap((m) => {
    const decided = review.meetings[m.id];
    return decided && !decided.dropped ? [{ meeting: m, decided }] : [];
  });
  const named = new Set([
    ...statements.flatMap(({ decided, speakerId }) => [speakerId, ...decided.addresseeIds]),
    ...meetings.flatMap(({ decided }) => [decided.a, decided.b]),
  ]);
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
    meetings: meetings.map(({ meeting: m, decided }) => ({
      id: m.id,
      a: decided.a,
      b: decided.b,
      kind: decided.kind,
      place: decided.place,
      date: decided.date,
      datePrecision: decided.datePrecision,
      evidence: m.evidence,
      confidence: decided.touched ? 1 : m.confidence,
      reviewed: decided.touched,
    })),
    // Only the created parties a kept fact still names.
    parties: review.newParties
      .filter((p) => named.has(p.id))
      .map((p) => ({ ...p, aliases: [p.name], institutionKind: 'other' as const })),
  };
}
