import type { StatementPatch } from '@parley/graph-schema';
import { z } from 'zod';

/** A statement's own facts as an edit changes them, and what reverting the edit puts back. */
export const statementStateSchema = z.object({
  speakerIds: z.array(z.string()),
  addresseeIds: z.array(z.string()),
  respondsTo: z.array(z.string()),
  direct: z.boolean(),
  date: z.string().nullable(),
  datePrecision: z.string().nullable(),
  ambiguous: z.boolean(),
  ambiguityNote: z.string().nullable(),
  ambiguityCandidates: z.array(z.string()),
  source: z.string().nullable(),
  correctedAt: z.string().nullable(),
});
export type StatementState = z.infer<typeof statementStateSchema>;

/** The fields that name other nodes, each to be checked and linked. */
export const LINK_FIELDS = ['speakerIds', 'addresseeIds', 'respondsTo'] as const;
export type LinkField = (typeof LINK_FIELDS)[number];

const LEFT_OPEN = 'A reviewer left the speaker open between these candidates';

function ambiguityAfter(before: StatementState, speakerIds: string[] | undefined) {
  const kept = {
    ambiguous: before.ambiguous,
    ambiguityNote: before.ambiguityNote,
    ambiguityCandidates: before.ambiguityCandidates,
  };
  if (speakerIds === undefined) return kept;
  if (speakerIds.length > 1)
    return {
      ambiguous: true,
      ambiguityNote: before.ambiguityNote ?? LEFT_OPEN,
      ambiguityCandidates: speakerIds,
    };
  // One speaker settles an ambiguity about who spoke; one about addressees stays.
  return before.speakerIds.length > 1
    ? { ambiguous: false, ambiguityNote: null, ambiguityCandidates: [] }
    : kept;
}

function dateAfter(before: StatementState, patch: StatementPatch) {
  if (patch.date === undefined) return { date: before.date, datePrecision: before.datePrecision };
  if (patch.date === null) return { date: null, datePrecision: null };
  return { date: patch.date, datePrecision: patch.datePrecision ?? 'day' };
}

/** The statement as the patch leaves it (ids already resolved), marked as a person's correction. */
export function correctedState(
  before: StatementState,
  patch: StatementPatch,
  at: string,
): StatementState {
  return {
    speakerIds: patch.speakerIds ?? before.speakerIds,
    addresseeIds: patch.addresseeIds ?? before.addresseeIds,
    respondsTo: patch.respondsTo ?? before.respondsTo,
    direct: patch.direct ?? before.direct,
    ...dateAfter(before, patch),
    ...ambiguityAfter(before, patch.speakerIds),
    source: 'reviewed',
    correctedAt: at,
  };
}

export const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));
