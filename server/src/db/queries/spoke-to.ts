import { NodeLabel, RelType, SPOKE_TO } from '@parley/graph-schema';
import { int } from '../convert';
import { emptyCounts, runBatched, type IngestContext } from './ingest-batches';
import { byRef, refOf } from './ingest-refs';
import type { Links } from './ingest-rows';

/**
 * Adds the statements new to the graph to their speaker → addressee pairs: they hold no
 * relationships but those just created, so nothing needs recounting.
 */
const ADD_NEW_STATEMENTS = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row.from
MATCH (q) WHERE elementId(q) = row.to
MERGE (p)-[w:${SPOKE_TO}]->(q)
SET w.count = coalesce(w.count, 0) + row.added`;

/**
 * Recounts every pair of each statement the graph already held, as the graph now holds it: a
 * speaker or addressee it gained pairs with those it had. Counting (instead of adding) keeps
 * re-ingesting idempotent; expanding from the addressee's side stays cheap even for the
 * busiest speakers.
 */
const RECOUNT_KNOWN_STATEMENTS = `
UNWIND $rows AS ref
MATCH (s) WHERE elementId(s) = ref
MATCH (p)-[:${RelType.SAID}]->(s)-[:${RelType.ADDRESSED_TO}]->(q)
WITH DISTINCT p, q
CALL (p, q) {
  MATCH (q)<-[:${RelType.ADDRESSED_TO}]-(t:${NodeLabel.Statement})
  WHERE EXISTS { (p)-[:${RelType.SAID}]->(t) }
  RETURN count(t) AS statements
}
MERGE (p)-[w:${SPOKE_TO}]->(q)
SET w.count = statements`;

/** How many new statements each speaker → addressee pair gained. */
function pairsOfNewStatements(links: Links, known: ReadonlySet<string>) {
  const speakers = new Map<string, string[]>();
  for (const { from, to: statement } of links.SAID)
    if (!known.has(statement)) speakers.set(statement, [...(speakers.get(statement) ?? []), from]);
  const pairs = new Map<string, { from: string; to: string; added: number }>();
  for (const { from: statement, to } of links.ADDRESSED_TO)
    for (const from of speakers.get(statement) ?? []) {
      const pair = pairs.get(`${from}>${to}`) ?? { from, to, added: 0 };
      pair.added += 1;
      pairs.set(`${from}>${to}`, pair);
    }
  return [...pairs.values()].map((pair) => ({ ...pair, added: int(pair.added) }));
}

/**
 * Keeps the who-said-what aggregate in step with the statements just written: new statements
 * are added to their pairs, then the pairs of statements that existed before are recounted
 * (after the additions, so none is counted twice). Not counted as ingested: it is derived.
 * Sent at once (see runBatched), after the relationships it counts.
 */
export function updateSpokeTo(
  ctx: IngestContext,
  links: Links,
  known: ReadonlySet<string>,
): Promise<unknown> {
  const uncounted = { ...ctx, counts: emptyCounts() };
  const knownRefs = [...known].map((id) => refOf(ctx.refs, id));
  return Promise.all([
    runBatched(uncounted, ADD_NEW_STATEMENTS, byRef(pairsOfNewStatements(links, known), ctx.refs)),
    runBatched(uncounted, RECOUNT_KNOWN_STATEMENTS, knownRefs),
  ]);
}
