import type { RelType } from '@parley/graph-schema';
import { runBatched, type IngestContext } from './ingest-batches';
import { byRef } from './ingest-refs';
import { KEYED_BY_ID, LINK_PROPERTIES, type Link } from './ingest-rows';

/**
 * How a relationship is written: `merge` finds it first (idempotent); `create` is for
 * relationships that cannot exist yet, those of a statement created in this transaction.
 */
export type LinkMode = 'merge' | 'create';

/**
 * `{key: value.key, …, source: $source}` for Cypher. Naming each property, instead of setting
 * a whole map, keeps the planner from adding an Eager (a map could hold any property).
 */
export const propertyMap = (keys: readonly string[], value: string) =>
  `{${[...keys.map((key) => `${key}: ${value}.${key}`), 'source: $source'].join(', ')}}`;

/**
 * Answers the element ids of the ends of every relationship it created. Every relationship
 * ingest writes has a `source`, so one MERGE found without it is one MERGE just created.
 */
function linkQuery(type: RelType, mode: LinkMode) {
  const keys = LINK_PROPERTIES[type];
  const sets = [...keys.map((key) => `r.${key} = row.${key}`), 'r.source = $source'];
  const write =
    mode === 'create'
      ? `CREATE (a)-[r:${type} ${propertyMap(keys, 'row')}]->(b)
WITH row, true AS created`
      : `MERGE (a)-[r:${type}${KEYED_BY_ID.has(type) ? ' {id: row.id}' : ''}]->(b)
WITH r, row, r.source IS NULL AS created
SET ${sets.join(', ')}`;
  return `
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
${write}
WITH row WHERE created
UNWIND [row.from, row.to] AS end
RETURN collect(DISTINCT end) AS ends`;
}

/**
 * Sends the links at once (see runBatched), their ends reached by element id. Answers the
 * element ids of the ends of those it created.
 */
export async function writeLinks(
  ctx: IngestContext,
  type: RelType,
  links: Link[],
  mode: LinkMode,
): Promise<string[]> {
  const results = await runBatched(ctx, linkQuery(type, mode), byRef(links, ctx.refs));
  return results.flatMap((result) => result.records[0]?.get('ends') as string[]);
}
