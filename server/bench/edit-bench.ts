/**
 * `npm run bench -- --only edits`: every correction over HTTP on a synthetic graph (statements
 * re-attributed and re-dated, statements, meetings and articles deleted, parties renamed and
 * merged, reverts), one after another, and the time to delete a 1,000-statement article.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { IngestBundleInput } from '@parley/graph-schema';
import { createApp } from '../src/app';
import { applySchema } from '../src/db/apply-schema';
import { Db } from '../src/db/driver';
import { listen } from '../src/http-server';
import { createLogger } from '../src/logger';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded-neo4j';
import { findFreePort } from '../src/neo4j/free-port';
import { measureLatency, percentile, type LatencySummary } from './latency';
import { progressBar } from './progress';
import { seededRandom, syntheticBundles } from './synthetic-graph';
import { ingestSynthetic } from './synthetic-ingest';

const TOKEN = 'edit-bench';
const SAMPLES = 100;
const WARMUP = 10;
const LARGE_ARTICLE_STATEMENTS = 1_000;
const LARGE_ARTICLE_RUNS = 3;
/** The synthetic graph is curated; this share is marked extracted so the review queue has work. */
const EXTRACTED_SHARE = 0.3;
const AMBIGUOUS_SHARE = 0.02;

export type EditBenchResults = {
  statements: number;
  latencyMs: Record<string, LatencySummary>;
  deleteLargeArticle: { statements: number; runsMs: number[]; medianMs: number };
};

type Options = { statements: number; heap: string; pageCache: string };

/** An HTTP client for the write API that fails loudly on anything but 200. */
function client(baseUrl: string) {
  return async (method: string, url: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${method} ${url} answered ${res.status}: ${text}`);
    return JSON.parse(text) as Record<string, unknown>;
  };
}

async function ids(db: Db, cypher: string): Promise<string[]> {
  const result = await db.read(cypher);
  return result.records.map((r) => r.get('id') as string);
}

/** Takes `count` items out of `pool` at random, so no sample is used twice. */
function drawer(seed: number) {
  const rng = seededRandom(seed);
  return <T>(pool: T[], count: number): T[] =>
    Array.from(
      { length: Math.min(count, pool.length) },
      () => pool.splice(Math.floor(rng() * pool.length), 1)[0]!,
    );
}

/** Times each input after `WARMUP` others, so a destructive edit never meets its own leftovers. */
async function timed<T>(inputs: T[], run: (input: T) => Promise<unknown>) {
  for (const input of inputs.slice(0, WARMUP)) await run(input);
  return measureLatency(inputs.slice(WARMUP), run, 0);
}

function largeArticle(n: number, actors: { id: string; name: string }[]): IngestBundleInput {
  const text = 'A long briefing, quoted line by line.';
  return {
    version: 1,
    source: 'curated',
    article: {
      id: `article:edit-bench-large-${n}`,
      title: `Large briefing ${n}`,
      lang: 'en',
      text,
    },
    actors,
    statements: Array.from({ length: LARGE_ARTICLE_STATEMENTS }, (_, i) => ({
      id: `statement:edit-bench-large-${n}:${i}`,
      speakers: [actors[i % actors.length]!.id],
      addressees: [actors[(i * 7 + 3) % actors.length]!.id],
      text: `line ${i} of briefing ${n}`,
      lang: 'en',
      direct: true,
      evidence: { start: 0, end: text.length },
      respondsTo: i > 0 && i % 4 === 0 ? [`statement:edit-bench-large-${n}:${i - 1}`] : [],
    })),
  };
}

/**
 * A share of the statements as extraction would have left them, with confidences from 0.3 to
 * 1 and some speakers open, so the review queue is as long as on a graph built from raw text.
 */
async function markSomeExtracted(db: Db): Promise<number> {
  const result = await db.write(
    `MATCH (s:Statement) WHERE rand() < $extracted
     SET s.source = 'extracted', s.confidence = 0.3 + round(rand() * 70) / 100.0,
         s.ambiguous = rand() < $ambiguous / $extracted
     RETURN count(s) AS marked`,
    { extracted: EXTRACTED_SHARE, ambiguous: AMBIGUOUS_SHARE },
  );
  return Number(result.records[0]?.get('marked'));
}

async function editLatencies(db: Db, call: ReturnType<typeof client>) {
  const draw = drawer(7);
  const statements = await ids(db, 'MATCH (s:Statement) RETURN s.id AS id ORDER BY id');
  const actors = await ids(db, 'MATCH (a:Actor) RETURN a.id AS id ORDER BY id');
  const meetings = await ids(db, 'MATCH ()-[m:MEETS_WITH]->() RETURN m.id AS id ORDER BY id');
  const articles = await ids(db, 'MATCH (a:Article) RETURN a.id AS id ORDER BY id');
  const n = SAMPLES + WARMUP;
  const url = (...parts: string[]) => `/api/${parts.map(encodeURIComponent).join('/')}`;
  const anyActor = () => actors[Math.floor(Math.random() * actors.length)]!;
  const deletedEdits: string[] = [];
  const latency: Record<string, LatencySummary> = {};
  latency['PATCH statement: speakers, addressees'] = await timed(draw(statements, n), (id) =>
    call('PATCH', url('statements', id), { speakerIds: [anyActor()], addresseeIds: [anyActor()] }),
  );
  latency['PATCH statement: date, direct'] = await timed(draw(statements, n), (id) =>
    call('PATCH', url('statements', id), { date: '2025-03-01', direct: false }),
  );
  latency['DELETE statement'] = await timed(draw(statements, n), async (id) =>
    deletedEdits.push(String((await call('DELETE', url('statements', id))).editId)),
  );
  latency['POST edit revert (statement delete)'] = await timed(deletedEdits.reverse(), (id) =>
    call('POST', url('edits', id, 'revert'), {}),
  );
  latency['DELETE meeting'] = await timed(draw(meetings, n), (id) =>
    call('DELETE', url('meetings', id)),
  );
  latency['PATCH party: name'] = await timed(draw(actors, n), (id) =>
    call('PATCH', url('parties', id), { name: `Renamed ${id.slice(6)}` }),
  );
  const pairs = draw(actors, 2 * n);
  latency['POST party merge'] = await timed(
    pairs.slice(0, n).map((id, i) => [id, pairs[n + i]!] as const),
    ([id, into]) => call('POST', url('parties', id, 'merge'), { into }),
  );
  latency['DELETE article (10 statements)'] = await timed(draw(articles, n), (id) =>
    call('DELETE', url('articles', id)),
  );
  latency['GET edits'] = await timed(
    Array.from({ length: n }, (_, i) => i),
    (i) => call('GET', `/api/edits?limit=50&offset=${i * 5}`),
  );
  latency['GET review queue (first page)'] = await timed(
    Array.from({ length: n }, () => 0),
    () => call('GET', '/api/review-queue?limit=20'),
  );
  latency['GET review queue (offset 1,000)'] = await timed(
    Array.from({ length: n }, (_, i) => 1_000 + i * 20),
    (offset) => call('GET', `/api/review-queue?limit=20&offset=${offset}`),
  );
  return { latency, actors: draw(actors, 200) };
}

async function deleteLargeArticles(db: Db, call: ReturnType<typeof client>, actorIds: string[]) {
  const names = await db.read(
    'UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id, a.name AS name',
    {
      ids: actorIds,
    },
  );
  const actors = names.records.map((r) => ({
    id: r.get('id') as string,
    name: r.get('name') as string,
  }));
  const runsMs: number[] = [];
  for (let n = 0; n < LARGE_ARTICLE_RUNS; n++) {
    const bundle = largeArticle(n, actors);
    await call('POST', '/api/bundles', bundle);
    const startedMs = performance.now();
    await call('DELETE', `/api/articles/${encodeURIComponent(bundle.article.id)}`);
    runsMs.push(Math.round(performance.now() - startedMs));
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { statements: LARGE_ARTICLE_STATEMENTS, runsMs, medianMs: percentile(sorted, 50) };
}

export async function runEditBench({
  statements,
  heap,
  pageCache,
}: Options): Promise<EditBenchResults> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-edit-bench-'));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await findFreePort(),
    heap,
    pageCache,
  });
  const db = Db.connect({ uri: neo4j.uri });
  const app = createApp({
    db,
    tokens: { write: TOKEN },
    logger: createLogger('silent'),
    rateLimits: { writesPerMinute: 1_000_000, searchesPerMinute: 1_000_000 },
  });
  const { server, port } = await listen(app, 0, '127.0.0.1');
  try {
    await applySchema(db);
    const bar = progressBar(`Ingesting to ${statements}`, statements, 'statements');
    const bundles = syntheticBundles({ statements, seed: 1 })[Symbol.iterator]();
    await ingestSynthetic(db, bundles, statements, (p) => bar.update(p.statements));
    bar.stop();
    const marked = await markSomeExtracted(db);
    console.error(`${marked} statements marked extracted for the review queue`);
    const call = client(`http://127.0.0.1:${port}`);
    console.error(`Timing edits at ${statements} statements…`);
    const { latency, actors } = await editLatencies(db, call);
    console.error(
      `Deleting ${LARGE_ARTICLE_RUNS} articles of ${LARGE_ARTICLE_STATEMENTS} statements…`,
    );
    const deleteLargeArticle = await deleteLargeArticles(db, call, actors);
    return { statements, latencyMs: latency, deleteLargeArticle };
  } finally {
    server.closeAllConnections();
    server.close();
    await db.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printEditResults(results: EditBenchResults): void {
  console.log(`\nEdits over HTTP at ${results.statements} statements, one at a time:`);
  console.table(Object.entries(results.latencyMs).map(([edit, l]) => ({ edit, ...l })));
  const { statements, runsMs, medianMs } = results.deleteLargeArticle;
  console.log(
    `Deleting an article of ${statements} statements: ${runsMs.join(', ')} ms (median ${medianMs} ms)`,
  );
}
