import { NodeLabel } from '@parley/graph-schema';
import { int } from '../convert';
import { SCHEMA_TIMEOUT_MS, type Db, type WriteTx } from '../driver';
import { emptyCounts, runBatched, type IngestContext } from './ingest-batches';
import { refOf } from './ingest-refs';
import type { Links } from './ingest-rows';
import { partyById } from './node-by-id';
import { CONTRACT_RELS } from './subgraph';

/**
 * How connected a party is, kept on it as `degree` (0 when it is created) so the first view
 * finds the most connected through an index instead of counting every party's relationships.
 */
const DEGREE = `COUNT { (p)-[:${CONTRACT_RELS}]-() }`;

/** Statements new to the graph add their speakers' and addressees' new relationships. */
const ADD_TO_DEGREES = `
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row.ref
SET p.degree = p.degree + row.added`;

const RECOUNT_DEGREES = `
UNWIND $rows AS ref
MATCH (p) WHERE elementId(p) = ref
SET p.degree = ${DEGREE}`;

/** Builds the degrees of a graph written before they existed; a no-op once they are there. */
const BACKFILL_DEGREES = `
MATCH (p:${NodeLabel.Actor}|${NodeLabel.Institution}) WHERE p.degree IS NULL
SET p.degree = ${DEGREE}`;

/** How many relationships each party gained from the statements new to the graph. */
function gainedFromNewStatements(links: Links, known: ReadonlySet<string>) {
  const gained = new Map<string, number>();
  const add = (party: string) => gained.set(party, (gained.get(party) ?? 0) + 1);
  for (const { from, to } of links.SAID) if (!known.has(to)) add(from);
  for (const { from, to } of links.ADDRESSED_TO) if (!known.has(from)) add(to);
  return [...gained].map(([party, added]) => ({ party, added: int(added) }));
}

/**
 * Adds to the degrees of the speakers and addressees of statements new to the graph: their
 * relationships were created, so nothing needs counting. Derived, so not counted as ingested;
 * sent at once (see runBatched).
 */
export function addNewStatementsToDegrees(
  ctx: IngestContext,
  links: Links,
  known: ReadonlySet<string>,
): Promise<unknown> {
  const rows = gainedFromNewStatements(links, known).map(({ party, added }) => ({
    ref: refOf(ctx.refs, party),
    added,
  }));
  return runBatched({ ...ctx, counts: emptyCounts() }, ADD_TO_DEGREES, rows);
}

/**
 * Recounts the degrees of parties (by element id) that gained a relationship some other way;
 * after every addition, so none is counted twice.
 */
export function recountDegrees(ctx: IngestContext, partyRefs: string[]): Promise<unknown> {
  return runBatched({ ...ctx, counts: emptyCounts() }, RECOUNT_DEGREES, partyRefs);
}

export async function backfillDegrees(db: Db): Promise<void> {
  await db.write(BACKFILL_DEGREES, {}, { timeoutMs: SCHEMA_TIMEOUT_MS });
}

const RECOUNT_DEGREES_BY_ID = `
UNWIND $ids AS id
${partyById('id', 'id', 'p')}
SET p.degree = ${DEGREE}`;

/** The same recount, after an edit: parties by id (any id, those no party has are skipped). */
export async function recountDegreesOf(tx: WriteTx, ids: string[]): Promise<void> {
  if (ids.length > 0) await tx.run(RECOUNT_DEGREES_BY_ID, { ids: [...new Set(ids)] });
}
