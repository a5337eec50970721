import {
  FACT_SOURCES,
  NodeLabel,
  REL_TYPES,
  RelType,
  SPOKE_TO,
  kindOfId,
  LABEL_BY_KIND,
  type IngestBundle,
  type IngestResponse,
} from '@parley/graph-schema';
import { AppError } from '../../errors';
import type { Db, WriteTx } from '../driver';
import { toNumber } from '../convert';

type Row = Record<string, unknown>;
type Link = { from: string; to: string; props: Row };
type Counts = { nodesCreated: number; relationshipsCreated: number };

/** Rows per UNWIND round trip: large enough to amortise, small enough to keep each query light. */
const UNWIND_BATCH_ROWS = 10_000;

/**
 * Aliases are merged, never replaced, so every spelling ever seen stays findable. They and the
 * full-text `searchNames` are written only when a new spelling arrives: rewriting them for every
 * mention of a busy speaker would update the full-text index for nothing.
 */
const MERGE_NAMED = (label: NodeLabel, extra: string) => `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
WITH n, row,
     n.source IS NULL OR $source = 'curated' OR n.source = 'extracted' AS wins,
     reduce(acc = coalesce(n.aliases, []), a IN row.aliases + [row.name] |
            CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
SET n.name = CASE WHEN wins THEN row.name ELSE n.name END,
    n.source = CASE WHEN n.source = 'curated' THEN 'curated' ELSE $source END,
    ${extra}
FOREACH (_ IN CASE WHEN aliases <> coalesce(n.aliases, []) THEN [1] ELSE [] END |
  SET n.aliases = aliases, n.searchNames = reduce(s = '', a IN aliases | s + a + ' | '))`;

const MERGE_ACTORS = MERGE_NAMED(
  NodeLabel.Actor,
  `n.role = CASE WHEN wins AND row.role IS NOT NULL THEN row.role ELSE coalesce(n.role, row.role) END`,
);
const MERGE_INSTITUTIONS = MERGE_NAMED(
  NodeLabel.Institution,
  `n.kind = CASE WHEN wins THEN row.kind ELSE n.kind END`,
);

const MERGE_ARTICLES = `
UNWIND $rows AS article
MERGE (a:${NodeLabel.Article} {id: article.id})
SET a += article, a.source = $source,
    a.searchNames = a.title + coalesce(' | ' + a.publisher, '')`;

/** Curated statements are never overwritten by extracted ones. */
const MERGE_STATEMENTS = `
UNWIND $rows AS row
MERGE (s:${NodeLabel.Statement} {id: row.id})
WITH s, row
WHERE s.source IS NULL OR $source = 'curated' OR s.source = 'extracted'
SET s += row`;

const MISSING_STATEMENTS = `
UNWIND $ids AS id
OPTIONAL MATCH (s:${NodeLabel.Statement} {id: id})
WITH id WHERE s IS NULL
RETURN collect(id) AS missing`;

/**
 * Recounts the statements between each touched speaker → addressee pair. Counting (instead of
 * adding) keeps re-ingesting idempotent; expanding from the addressee's side stays cheap
 * even for the busiest speakers.
 */
const refreshSpokeToQuery = (fromLabel: NodeLabel, toLabel: NodeLabel) => `
UNWIND $rows AS row
MATCH (p:${fromLabel} {id: row.from})
MATCH (q:${toLabel} {id: row.to})
CALL (p, q) {
  MATCH (q)<-[:${RelType.ADDRESSED_TO}]-(s:${NodeLabel.Statement})
  WHERE EXISTS { (p)-[:${RelType.SAID}]->(s) }
  RETURN count(s) AS statements
}
MERGE (p)-[w:${SPOKE_TO}]->(q)
SET w.count = statements`;

function linkQuery(fromLabel: NodeLabel, type: RelType, toLabel: NodeLabel, keyed = false): string {
  const merge = keyed
    ? `MERGE (a)-[r:${type} {id: row.props.id}]->(b)`
    : `MERGE (a)-[r:${type}]->(b)`;
  return `
UNWIND $rows AS row
MATCH (a:${fromLabel} {id: row.from})
MATCH (b:${toLabel} {id: row.to})
${merge}
SET r += row.props`;
}

function labelOf(id: string): NodeLabel {
  const kind = kindOfId(id);
  if (!kind) throw new AppError('bad_request', `${id} is not a node id`);
  return LABEL_BY_KIND[kind];
}

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += UNWIND_BATCH_ROWS)
    yield rows.slice(i, i + UNWIND_BATCH_ROWS);
}

async function run(tx: WriteTx, counts: Counts, cypher: string, params: Row): Promise<void> {
  const result = await tx.run(cypher, params);
  const updates = result.summary.counters.updates();
  counts.nodesCreated += updates.nodesCreated;
  counts.relationshipsCreated += updates.relationshipsCreated;
}

async function runBatched(
  tx: WriteTx,
  counts: Counts,
  cypher: string,
  rows: Row[],
  source: string,
) {
  for (const batch of batches(rows)) await run(tx, counts, cypher, { rows: batch, source });
}

/** Links grouped by the labels at both ends, so every MATCH uses a label's id constraint. */
function groupByLabels<T extends { from: string; to: string }>(links: T[]) {
  const groups = new Map<string, { from: NodeLabel; to: NodeLabel; rows: T[] }>();
  for (const link of links) {
    const from = labelOf(link.from);
    const to = labelOf(link.to);
    const key = `${from}>${to}`;
    const group = groups.get(key) ?? { from, to, rows: [] };
    group.rows.push(link);
    groups.set(key, group);
  }
  return groups.values();
}

async function writeLinks(
  tx: WriteTx,
  counts: Counts,
  type: RelType,
  links: Link[],
  source: string,
) {
  const keyed = type === RelType.MEETS_WITH;
  for (const group of groupByLabels(links))
    await runBatched(tx, counts, linkQuery(group.from, type, group.to, keyed), group.rows, source);
}

/** Keeps the who-said-what aggregate in step; not counted, as it is derived, not ingested. */
async function refreshSpokeTo(tx: WriteTx, bundles: IngestBundle[]) {
  const pairs = new Map<string, { from: string; to: string }>();
  for (const s of bundles.flatMap((b) => b.statements))
    for (const from of s.speakers)
      for (const to of s.addressees) pairs.set(`${from}>${to}`, { from, to });
  const uncounted: Counts = { nodesCreated: 0, relationshipsCreated: 0 };
  for (const group of groupByLabels([...pairs.values()]))
    await runBatched(tx, uncounted, refreshSpokeToQuery(group.from, group.to), group.rows, '');
}

function statementRows(bundle: IngestBundle, namesById: Map<string, string>): Row[] {
  return bundle.statements.map((s) => ({
    id: s.id,
    text: s.text,
    lang: s.lang,
    direct: s.direct,
    summaryEn: s.summaryEn ?? null,
    date: s.date ?? null,
    datePrecision: s.datePrecision ?? null,
    articleId: bundle.article.id,
    source: bundle.source,
    confidence: s.confidence,
    speakerNames: s.speakers.map((id) => namesById.get(id) ?? id),
    ambiguous: s.ambiguity !== undefined,
    ambiguityNote: s.ambiguity?.note ?? null,
    ambiguityCandidates: s.ambiguity?.candidates ?? [],
  }));
}

function linksOf(bundle: IngestBundle): Record<RelType, Link[]> {
  const source = bundle.source;
  const article = bundle.article.id;
  return {
    SAID: bundle.statements.flatMap((s) =>
      s.speakers.map((from) => ({
        from,
        to: s.id,
        props: { source, candidate: s.ambiguity?.field === 'speaker' },
      })),
    ),
    ADDRESSED_TO: bundle.statements.flatMap((s) =>
      s.addressees.map((to) => ({ from: s.id, to, props: { source } })),
    ),
    RESPONDS_TO: bundle.statements.flatMap((s) =>
      s.respondsTo.map((to) => ({ from: s.id, to, props: { source } })),
    ),
    REPORTED_IN: bundle.statements.map((s) => ({
      from: s.id,
      to: article,
      props: { start: s.evidence.start, end: s.evidence.end, source },
    })),
    AFFILIATED_WITH: bundle.actors.flatMap((a) =>
      a.affiliations.map((aff) => ({
        from: a.id,
        to: aff.institution,
        props: { role: aff.role ?? null, source },
      })),
    ),
    MEETS_WITH: bundle.meetings.map((m) => ({
      from: m.a,
      to: m.b,
      props: {
        id: m.id,
        kind: m.kind,
        date: m.date ?? null,
        datePrecision: m.datePrecision ?? null,
        place: m.place ?? null,
        articleId: article,
        start: m.evidence.start,
        end: m.evidence.end,
        source,
        confidence: m.confidence,
        ambiguityNote: m.ambiguity?.note ?? null,
      },
    })),
  };
}

async function assertRespondsToTargetsExist(tx: WriteTx, bundles: IngestBundle[]): Promise<void> {
  const statements = bundles.flatMap((b) => b.statements);
  const inBundles = new Set(statements.map((s) => s.id));
  const outside = [...new Set(statements.flatMap((s) => s.respondsTo))].filter(
    (id) => !inBundles.has(id),
  );
  if (outside.length === 0) return;
  const result = await tx.run(MISSING_STATEMENTS, { ids: outside });
  const missing = (result.records[0]?.get('missing') as string[] | undefined) ?? [];
  if (missing.length > 0)
    throw new AppError(
      'bad_request',
      `Invalid bundle: statements.respondsTo names statements that exist neither in the bundle nor in the graph: ${missing.join(', ')}`,
      missing.map((id) => ({ path: 'statements.respondsTo', message: `${id} does not exist` })),
    );
}

export function countBundleElements(bundle: IngestBundle): {
  nodes: number;
  relationships: number;
} {
  const rels = Object.values(linksOf(bundle)).reduce((sum, list) => sum + list.length, 0);
  const nodes = 1 + bundle.actors.length + bundle.institutions.length + bundle.statements.length;
  return { nodes, relationships: rels };
}

type NamedRow = { id: string; aliases: string[] };

/** One row per entity across bundles, with every alias any of them brought (later fields win). */
export function mergeById<T extends NamedRow>(rows: T[]): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const seen = byId.get(row.id);
    const aliases = seen ? [...new Set([...seen.aliases, ...row.aliases])] : row.aliases;
    byId.set(row.id, { ...seen, ...row, aliases });
  }
  return [...byId.values()];
}

/** Bundles of one source, written with one UNWIND per kind of row across all of them. */
async function writeBundles(tx: WriteTx, counts: Counts, bundles: IngestBundle[], source: string) {
  const namesById = new Map<string, string>(
    bundles.flatMap((b) => [
      ...b.actors.map((a) => [a.id, a.name] as const),
      ...b.institutions.map((i) => [i.id, i.name] as const),
    ]),
  );
  const articles = bundles.map(({ article }) => ({ ...article, url: article.url ?? null }));
  await runBatched(tx, counts, MERGE_ARTICLES, articles, source);
  await runBatched(
    tx,
    counts,
    MERGE_ACTORS,
    bundles.flatMap((b) => b.actors),
    source,
  );
  await runBatched(
    tx,
    counts,
    MERGE_INSTITUTIONS,
    bundles.flatMap((b) => b.institutions),
    source,
  );
  const statements = bundles.flatMap((b) => statementRows(b, namesById));
  await runBatched(tx, counts, MERGE_STATEMENTS, statements, source);
  const links = bundles.map(linksOf);
  for (const type of REL_TYPES)
    await writeLinks(
      tx,
      counts,
      type,
      links.flatMap((l) => l[type]),
      source,
    );
  await refreshSpokeTo(tx, bundles);
}

export type IngestTotals = Omit<IngestResponse, 'articleId'>;

/**
 * Writes bundles in one transaction: all of them or, on any error, none. UNWIND batches, no
 * round trip per node; idempotent.
 */
export async function ingestBundles(db: Db, bundles: IngestBundle[]): Promise<IngestTotals> {
  const counts: Counts = { nodesCreated: 0, relationshipsCreated: 0 };
  await db.writeTransaction(async (tx) => {
    await assertRespondsToTargetsExist(tx, bundles);
    for (const source of FACT_SOURCES) {
      const ofSource = bundles.filter((b) => b.source === source);
      if (ofSource.length > 0) await writeBundles(tx, counts, ofSource, source);
    }
  });
  const total = bundles.map(countBundleElements).reduce(
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

const SEED_PRESENT = `MATCH (a:${NodeLabel.Article}) WHERE a.id IN $ids RETURN count(a) AS present`;

export async function countArticles(db: Db, ids: string[]): Promise<number> {
  const result = await db.read(SEED_PRESENT, { ids });
  return toNumber(result.records[0]?.get('present') ?? 0);
}
