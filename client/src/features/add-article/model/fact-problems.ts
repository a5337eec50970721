import type { ReviewedFacts } from '@parley/graph-schema';
import type { ApiErrorDetail } from '../../../lib/api-error';

/** A field of a reviewed fact the server refused, in the words the review uses. */
export type FactProblem = { factId: string; field: string; message: string };

const FIELD_WORDS: Record<string, string> = {
  speakerIds: 'speaker',
  addresseeIds: 'addressee',
  respondsTo: 'reply',
  summaryEn: 'English summary',
  datePrecision: 'date precision',
  a: 'first party',
  b: 'second party',
};

const FACT_PATH = /^facts\.(statements|meetings)\.(\d+)(?:\.([^.]+))?/;

/**
 * The server names a bad field by its path in the request (`facts.statements.2.speakerIds.0`);
 * the review shows it beside the fact it belongs to. Details outside the facts stay general.
 */
export function locateProblems(
  details: readonly ApiErrorDetail[],
  facts: ReviewedFacts,
): { byFact: FactProblem[]; general: ApiErrorDetail[] } {
  const byFact: FactProblem[] = [];
  const general: ApiErrorDetail[] = [];
  for (const detail of details) {
    const match = FACT_PATH.exec(detail.path);
    const list = match?.[1] === 'statements' ? facts.statements : facts.meetings;
    const fact = match ? list[Number(match[2])] : undefined;
    if (!match || !fact) {
      general.push(detail);
      continue;
    }
    const field = match[3] ?? 'fact';
    byFact.push({ factId: fact.id, field: FIELD_WORDS[field] ?? field, message: detail.message });
  }
  return { byFact, general };
}
