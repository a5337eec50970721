import { AppError } from '../../errors';
import type { WriteTx } from '../driver';
import { anyNodeById } from './node-by-id';

const RESOLVE_IDS = `
UNWIND $ids AS id
${anyNodeById('id', 'id', 'n', { followMerges: true })}
RETURN id, n.id AS resolved`;

type Named = string | string[] | undefined;

/**
 * The id of the node each named id answers to (a merged party's old id: the party it went
 * into), field by field, lists without repeats; a 400 names every field (and index in a list)
 * whose id the graph does not hold.
 */
export async function resolveIds<T extends Record<string, Named>>(
  tx: WriteTx,
  fields: T,
): Promise<T> {
  const named = Object.values(fields).flatMap((ids) => ids ?? []);
  if (named.length === 0) return fields;
  const result = await tx.run(RESOLVE_IDS, { ids: [...new Set(named)] });
  const found = new Map(
    result.records.map((r) => [r.get('id') as string, r.get('resolved') as string]),
  );
  const missing: { path: string; message: string }[] = [];
  const check = (path: string, id: string) => {
    if (!found.has(id)) missing.push({ path, message: `${id} does not exist` });
    return found.get(id) ?? id;
  };
  const resolved: Record<string, Named> = {};
  for (const [field, ids] of Object.entries(fields)) {
    if (typeof ids === 'string') resolved[field] = check(field, ids);
    else if (ids) resolved[field] = [...new Set(ids.map((id, i) => check(`${field}.${i}`, id)))];
  }
  const [first] = missing;
  if (first)
    throw new AppError('bad_request', `Invalid change: ${first.path}: ${first.message}`, missing);
  return resolved as T;
}
