import type { StatementPatch } from '@parley/graph-schema';

/** Who a statement is from and to, as the correction form holds it. */
export type StatementLinks = { speakerIds: readonly string[]; addresseeIds: readonly string[] };

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** The PATCH for what changed, or null when nothing did. */
export function statementPatch(
  before: StatementLinks,
  after: StatementLinks,
): StatementPatch | null {
  const patch: StatementPatch = {};
  if (!sameSet(before.speakerIds, after.speakerIds)) patch.speakerIds = [...after.speakerIds];
  if (!sameSet(before.addresseeIds, after.addresseeIds))
    patch.addresseeIds = [...after.addresseeIds];
  return Object.keys(patch).length > 0 ? patch : null;
}

export const withId = (ids: readonly string[], id: string) =>
  ids.includes(id) ? [...ids] : [...ids, id];

export const withoutId = (ids: readonly string[], id: string) => ids.filter((x) => x !== id);
