import {
  NodeLabel,
  RelType,
  type FactSource,
  type IngestBundle,
  type IngestResponse,
} from '@parley/graph-schema';
import { AppError } from '../../errors';
import type { Db, WriteTx } from '../driver';
import { toNumber } from '../convert';
import { emptyCounts, type Counts, type IngestContext } from './ingest-batches';
import { writeLinks } from './ingest-links';
import { honourDecisions } from './ingest-decisions';
import { writeArticlesAndParties } from './ingest-parties';
import { addRefs, refOf, type NodeRefs } from './ingest-refs';
import { countBundleElements, rowsOfBundles, type SourceRows } from './ingest-rows';
import {
  createStatements,
  updateKnownStatements,
  writeReplies,
  type KnownStatements,
} from './ingest-statements';
import { addNewStatementsToDegrees, recountDegrees } from './party-degree';
import type { ReadQuery } from './read-query';
import { updateSpokeTo } from './spoke-to';

/** Statements outside the bundles that replies answer: those found, and the ids of the others. */
const REPLY_TARGETS = `
UNWIND $ids AS id
OPTIONAL MATCH (s:${NodeLabel.Statement} {id: id})
RETURN collect(s.id) AS ids, collect(elementId(s)) AS refs,
       collect(CASE WHEN s IS NULL THEN id END) AS missing`;

/** Refs of the statements replies answer outside the bundles; an error names any missing. */
async function findReplyTargets(tx: WriteTx, bundles: IngestBundle[], refs: NodeRefs) {
  const statements = bundles.flatMap((b) => b.statements);
  const inBundles = new Set(statements.map((s) => s.id));
  const outside = [...new Set(statements.flatMap((s) => s.respondsTo))].filter(
    (id) => !inBundles.has(id),
  );
  if (outside.length === 0) return;
  const result = await tx.run(REPLY_TARGETS, { ids: outside });
  addRefs(refs, result);
  const missing = (result.records[0]?.get('missing') as string[] | undefined) ?? [];
  if (missing.length > 0)
    throw new AppError(
      'bad_request',
      `Invalid bundle: statements.respondsTo names statements that exist neither in the bundle nor in the graph: ${missing.join(', ')}`,
      missing.map((id) => ({ path: 'statements.respondsTo', message: `${id} does not exist` })),
    );
}

/**
 * What a source's bundles wrote that the end of the transaction needs: the statements that
 * existed before, and the parties (by element id) that merges gave a relationship.
 */
type SourcePass = {
  ctx: IngestContext;
  rows: SourceRows;
  found: KnownStatements;
  partiesMerged: string[];
};

/**
 * Bundles of one source, with one UNWIND per kind of row across all of them. Once the
 * statements exist, the rest is sent at once: the server runs it in the order sent.
 */
async function writeSource(ctx: IngestContext, bundles: IngestBundle[]): Promise<SourcePass> {
  const rows = rowsOfBundles(bundles);
  await writeArticlesAndParties(ctx, rows);
  const found = await createStatements(ctx, rows);
  const [ofKnown, affiliated, met] = await Promise.all([
    updateKnownStatements(ctx, rows, found),
    writeLinks(ctx, RelType.AFFILIATED_WITH, rows.links.AFFILIATED_WITH, 'merge'),
    writeLinks(ctx, RelType.MEETS_WITH, rows.links.MEETS_WITH, 'merge'),
    updateSpokeTo(ctx, rows.links, found.known),
    addNewStatementsToDegrees(ctx, rows.links, found.known),
  ]);
  const parties = new Set([...rows.actors, ...rows.institutions].map((p) => refOf(ctx.refs, p.id)));
  const partiesMerged = [...ofKnown, ...affiliated, ...met].filter((ref) => parties.has(ref));
  return { ctx, rows, found, partiesMerged };
}

/** Reviewed bundles last: a person's review is the latest word on what extraction found. */
const WRITE_ORDER: readonly FactSource[] = ['curated', 'extracted', 'reviewed'];

/**
 * Curated bundles first, then extracted, then reviewed ones; replies last, once every statement
 * exists, and the degrees merges may have changed, once every addition is made.
 */
async function writeAll(tx: WriteTx, counts: Counts, bundles: IngestBundle[]): Promise<void> {
  const refs: NodeRefs = new Map();
  await findReplyTargets(tx, bundles, refs);
  const passes: SourcePass[] = [];
  for (const source of WRITE_ORDER) {
    const ofSource = bundles.filter((b) => b.source === source);
    if (ofSource.length > 0) passes.push(await writeSource({ tx, counts, refs, source }, ofSource));
  }
  await Promise.all([
    ...passes.map(({ ctx, rows, found }) => writeReplies(ctx, rows.links.RESPONDS_TO, found)),
    ...passes.map(({ ctx, partiesMerged }) => recountDegrees(ctx, partiesMerged)),
  ]);
}

export type IngestTotals = Omit<IngestResponse, 'articleId'>;

/**
 * Writes bundles in one transaction: all of them or, on any error, none. UNWIND batches, no
 * round trip per node; idempotent. What people decided stays decided: removed facts and
 * articles are left out, merged parties' ids name the party they went into.
 */
export async function ingestBundles(db: Db, bundles: IngestBundle[]): Promise<IngestTotals> {
  // Counted inside the transaction function: the driver reruns it on a transient error.
  const { counts, written } = await db.writeTransaction(async (tx) => {
    const created = emptyCounts();
    const decided = await honourDecisions(tx, bundles);
    await writeAll(tx, created, decided);
    return { counts: created, written: decided };
  });
  const total = written.map(countBundleElements).reduce(
    (sum, c) => ({
      nodes: sum.nodes + c.nodes,
      relationships: sum.relationships + c.relationships,
    }),
    { nodes: 0, relationships: 0 },
  );
  return {
    nodes: { created: counts.nodesCreated, matched: total.nodes - counts.nodesCreated },
    relationships: {
      created: counts.relationshipsCreated,
      matched: total.relationships - counts.relationshipsCreated,
    },
  };
}

export async function ingestBundle(db: Db, bundle: IngestBundle): Promise<IngestResponse> {
  return { articleId: bundle.article.id, ...(await ingestBundles(db, [bundle])) };
}

const ARTICLES_PRESENT = `MATCH (a:${NodeLabel.Article}) WHERE a.id IN $ids RETURN count(a) AS present`;

export const articlesPresentRead = (ids: string[]): ReadQuery => ({
  cypher: ARTICLES_PRESENT,
  params: { ids },
});

export async function countArticles(db: Db, ids: string[]): Promise<number> {
  const { cypher, params } = articlesPresentRead(ids);
  const result = await db.read(cypher, params);
  return toNumber(result.records[0]?.get('present') ?? 0);
}
