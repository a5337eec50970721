/**
 * `npm run bench`: ingest throughput against a bare UNWIND … CREATE floor, read latencies at
 * growing scale beside a bare Bolt round trip, and the HTTP server under concurrent load.
 * Prints a table and writes server/bench/results.json. Starts its own Neo4j in a temporary folder.
 * Then raw articles per second (article-throughput.ts) and the client in headless Chromium
 * (client-bench.ts), and corrections over HTTP (edit-bench.ts). `--only
 * server|articles|client|edits` runs one part; the articles, client and edits parts update their
 * own key in an existing results.json.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/app';
import { applySchema } from '../src/db/apply-schema';
import { Db } from '../src/db/driver';
import { getChain } from '../src/db/queries/chain';
import { getNeighborhood } from '../src/db/queries/nodes';
import { search } from '../src/db/queries/search';
import { getWhoSaidWhat } from '../src/db/queries/who-said-what';
import { listen } from '../src/http-server';
import { createLogger } from '../src/logger';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded-neo4j';
import { findFreePort } from '../src/neo4j/free-port';
import { printArticleResults, runArticleBench } from './article-throughput';
import { mergeClientResults, printClientResults, runClientBench } from './client-bench';
import { printEditResults, runEditBench } from './edit-bench';
import { measureFloor } from './floor';
import { measureLatency, type LatencySummary } from './latency';
import { progressBar } from './progress';
import { mergeIntoResults } from './results-file';
import { LookupSamples } from './samples';
import { syntheticBundles } from './synthetic-graph';
import { ingestSynthetic } from './synthetic-ingest';
import { readCliFlags } from '../src/cli-flags';

const USAGE = [
  'usage: npm run bench -- [--only server|articles|client|edits] [--scales 10000,100000,1000000]',
  '  [--load-seconds S] [--connections N] [--heap 3g] [--page-cache 4g] [--articles N]',
  '  [--client-sizes 1000,5000] [--client-cycles N] [--edit-statements N]',
].join('\n');
const { values } = readCliFlags(USAGE, {
  scales: { type: 'string', default: '10000,100000,1000000' },
  'load-seconds': { type: 'string', default: '30' },
  connections: { type: 'string', default: '64' },
  heap: { type: 'string', default: process.env.PARLEY_NEO4J_HEAP ?? '3g' },
  'page-cache': { type: 'string', default: process.env.PARLEY_NEO4J_PAGECACHE ?? '4g' },
  only: { type: 'string' },
  'client-sizes': { type: 'string' },
  'client-cycles': { type: 'string' },
  articles: { type: 'string', default: '1000' },
  'edit-statements': { type: 'string', default: '100000' },
});
const PARTS = ['server', 'articles', 'client', 'edits'];
if (values.only !== undefined && !PARTS.includes(values.only))
  throw new Error(`--only takes one of ${PARTS.join(', ')}; got "${values.only}"`);
const runs = (part: string) => values.only === undefined || values.only === part;
const scales = values.scales
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const RESULTS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results.json');
const run = promisify(execFile);

type ScaleResult = {
  statements: number;
  ingest: { elementsPerSecond: number; elements: number; writeSeconds: number };
  latencyMs: Record<string, LatencySummary>;
};

async function readLatencies(
  db: Db,
  samples: LookupSamples,
): Promise<Record<string, LatencySummary>> {
  const actors = samples.actorIds;
  return {
    'bolt RETURN 1': await measureLatency(actors, () => db.ping()),
    search: await measureLatency(samples.searchTerms, (q) => search(db, q, 10)),
    'search, typos': await measureLatency(samples.typoTerms, (q) => search(db, q, 10)),
    'search, other scripts': await measureLatency(samples.otherScriptTerms, (q) =>
      search(db, q, 10),
    ),
    neighborhood: await measureLatency(actors, (id) =>
      getNeighborhood(db, id, { depth: 1, limit: 50, offset: 0 }),
    ),
    chain: await measureLatency(samples.replyIds, (id) => getChain(db, id)),
    'who-said-what': await measureLatency(actors.slice(0, 40), () => getWhoSaidWhat(db, 200), 3),
  };
}

async function loadTest(db: Db, samples: LookupSamples) {
  const app = createApp({
    db,
    tokens: { write: 'bench' },
    logger: createLogger('silent'),
    rateLimits: { writesPerMinute: 1_000_000, searchesPerMinute: 1_000_000 },
  });
  const { server, port } = await listen(app, 0, '127.0.0.1');
  const searchTerms = [...samples.searchTerms, ...samples.typoTerms, ...samples.otherScriptTerms];
  const paths = samples.actorIds.flatMap((id, i) => [
    `/api/nodes/${encodeURIComponent(id)}/neighborhood`,
    `/api/search?q=${encodeURIComponent(searchTerms[i % searchTerms.length]!)}`,
    `/api/statements/${encodeURIComponent(samples.replyIds[i % samples.replyIds.length]!)}/chain`,
  ]);
  const plan = {
    url: `http://127.0.0.1:${port}`,
    paths,
    connections: Number(values.connections),
    seconds: Number(values['load-seconds']),
  };
  const loadClient = path.join(path.dirname(fileURLToPath(import.meta.url)), 'load-client.ts');
  const { stdout } = await run(process.execPath, [
    '--import',
    'tsx',
    loadClient,
    JSON.stringify(plan),
  ]);
  server.closeAllConnections();
  server.close();
  return JSON.parse(stdout) as Record<string, number>;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await findFreePort(),
    heap: values.heap,
    pageCache: values['page-cache'],
  });
  const db = Db.connect({ uri: neo4j.uri });
  try {
    await applySchema(db);
    console.error('Measuring the bare UNWIND … CREATE floor…');
    const floor = await measureFloor(db);
    const samples = new LookupSamples();
    const stream = samples.tap(syntheticBundles({ statements: scales.at(-1)!, seed: 1 }));
    const bundles = stream[Symbol.iterator]();
    const results: ScaleResult[] = [];
    let written = { statements: 0, elements: 0, writeMs: 0 };
    for (const scale of scales) {
      const bar = progressBar(`Ingesting to ${scale}`, scale, 'statements');
      const step = await ingestSynthetic(db, bundles, scale - written.statements, (p) =>
        bar.update(written.statements + p.statements),
      );
      bar.stop();
      written = {
        statements: written.statements + step.statements,
        elements: written.elements + step.elements,
        writeMs: written.writeMs + step.writeMs,
      };
      console.error(`Measuring read latencies at ${scale} statements…`);
      results.push({
        statements: written.statements,
        ingest: {
          elementsPerSecond: Math.round(step.elements / (step.writeMs / 1000)),
          elements: step.elements,
          writeSeconds: Math.round(step.writeMs / 100) / 10,
        },
        latencyMs: await readLatencies(db, samples),
      });
    }
    console.error(`Load test: ${values.connections} connections for ${values['load-seconds']} s…`);
    const load = await loadTest(db, samples);
    const report = {
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        neo4jHeap: values.heap,
        neo4jPageCache: values['page-cache'],
      },
      ingestFloor: floor,
      scales: results,
      load: { atStatements: written.statements, ...load },
    };
    fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nIngest floor (bare UNWIND … CREATE): ${floor.elementsPerSecond} elements/s`);
    console.table(
      results.map((r) => ({
        statements: r.statements,
        'ingest elements/s': r.ingest.elementsPerSecond,
      })),
    );
    console.table(
      results.flatMap((r) =>
        Object.entries(r.latencyMs).map(([query, l]) => ({
          statements: r.statements,
          query,
          ...l,
        })),
      ),
    );
    console.table([load]);
    console.log(`Written to ${RESULTS_FILE}`);
  } finally {
    await db.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function clientBench() {
  console.error('Client benchmark in headless Chromium…');
  const client = await runClientBench({
    sizes: values['client-sizes'],
    cycles: values['client-cycles'],
  });
  mergeClientResults(RESULTS_FILE, client);
  printClientResults(client);
  console.log(`Written to ${RESULTS_FILE}`);
}

async function articleBench() {
  console.error(`Raw articles: ${values.articles} extracted and written…`);
  const articles = await runArticleBench(Number(values.articles), {
    heap: values.heap,
    pageCache: values['page-cache'],
  });
  mergeIntoResults(RESULTS_FILE, 'articles', articles);
  printArticleResults(articles);
  console.log(`Written to ${RESULTS_FILE}`);
}

async function editBench() {
  const edits = await runEditBench({
    statements: Number(values['edit-statements']),
    heap: values.heap,
    pageCache: values['page-cache'],
  });
  mergeIntoResults(RESULTS_FILE, 'edits', edits);
  printEditResults(edits);
  console.log(`Written to ${RESULTS_FILE}`);
}

if (runs('server')) await main();
if (runs('articles')) await articleBench();
if (runs('client')) await clientBench();
if (runs('edits')) await editBench();
