import type { DatePrecision, StatementPatch } from '@parley/graph-schema';

/** A statement's correctable facts, as the correction form holds them. */
export type StatementDraft = {
  speakerIds: readonly string[];
  addresseeIds: readonly string[];
  /** The statements it answers. */
  respondsTo: readonly string[];
  direct: boolean;
  /** YYYY-MM-DD, or null for no date. */
  date: string | null;
  datePrecision: DatePrecision;
};

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

const LIST_FIELDS = ['speakerIds', 'addresseeIds', 'respondsTo'] as const;

/** The PATCH for what changed, or null when nothing did. */
export function statementPatch(
  before: StatementDraft,
  after: StatementDraft,
): StatementPatch | null {
  const patch: StatementPatch = {};
  for (const field of LIST_FIELDS)
    if (!sameSet(before[field], after[field])) patch[field] = [...after[field]];
  if (before.direct !== after.direct) patch.direct = after.direct;
  const dateMoved = before.date !== after.date;
  const precisionMoved = after.date !== null && before.datePrecision !== after.datePrecision;
  if (dateMoved || precisionMoved) {
    patch.date = after.date;
    if (after.date !== null) patch.datePrecision = after.datePrecision;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

export const withId = (ids: readonly string[], id: string) =>
  ids.includes(id) ? [...ids] : [...ids, id];

export const withoutId = (ids: readonly string[], id: string) => ids.filter((x) => x !== id);
