import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ArticleLanguage } from '@parley/graph-schema';
import { applySchema } from '../src/db/apply-schema';
import { Db } from '../src/db/driver';
import { KnownEntityIndex } from '../src/extract/entities/known-entities';
import {
  DEV_SET_DIR,
  HELD_OUT_DIR,
  knownFromOtherArticles,
  loadLiteGold,
  loadSeedGold,
} from '../src/extract/eval/gold';
import { extractArticle, type ArticleInput } from '../src/extract/extract-article';
import { ArticleBatchWriter } from '../src/ingest/article-batch-writer';
import { extractWithGraph } from '../src/ingest/extract-with-graph';
import { KnownEntityCache } from '../src/ingest/known-entity-cache';
import { writeExtraction } from '../src/ingest/write-extraction';
import { startEmbeddedNeo4j } from '../src/neo4j/embedded-neo4j';
import { findFreePort } from '../src/neo4j/free-port';
import { ingestSeed } from '../src/seed';
import { progressBar } from './progress';

const WARMUP_ARTICLES = 50;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Deterministic variant `n` of an article: paragraphs rotated, weekdays shifted. */
function variant(text: string, n: number): string {
  const paragraphs = text.split('\n').filter((p) => p.trim() !== '');
  const shift = n % paragraphs.length;
  const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)];
  return rotated
    .join('\n\n')
    .replace(
      new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'),
      (day) => WEEKDAYS[(WEEKDAYS.indexOf(day) + n) % 7]!,
    );
}

const SOURCES = [...loadSeedGold(), ...loadLiteGold(DEV_SET_DIR), ...loadLiteGold(HELD_OUT_DIR)];

/**
 * `count` distinct real-language articles: variants of the seed, dev-set and held-out
 * articles (English and Telugu), so no two texts, and no two article ids, are the same.
 */
export function articleInputs(count: number): ArticleInput[] {
  return Array.from({ length: count }, (_, n) => {
    const source = SOURCES[n % SOURCES.length]!;
    return {
      text: variant(source.text, Math.floor(n / SOURCES.length)),
      lang: source.lang as ArticleLanguage,
      ...(source.publishedAt ? { publishedAt: source.publishedAt } : {}),
    };
  });
}

export type ArticleRate = {
  articles: number;
  statements: number;
  characters: number;
  seconds: number;
  articlesPerSecond: number;
};

const rate = (articles: number, statements: number, characters: number, ms: number) => ({
  articles,
  statements,
  characters,
  seconds: Math.round(ms) / 1000,
  articlesPerSecond: Math.round((articles / ms) * 1000 * 10) / 10,
});

/** Extraction alone, in process, against a fixed index of known names: the CPU-bound part. */
export function measureExtraction(inputs: readonly ArticleInput[]): ArticleRate {
  const known = new KnownEntityIndex(knownFromOtherArticles(SOURCES, SOURCES[0]!));
  for (const input of inputs.slice(0, WARMUP_ARTICLES)) extractArticle(input, known);
  let statements = 0;
  let characters = 0;
  const startedMs = performance.now();
  for (const input of inputs) {
    statements += extractArticle(input, known).bundle.statements.length;
    characters += input.text.length;
  }
  return rate(inputs.length, statements, characters, performance.now() - startedMs);
}

/**
 * What `POST /api/articles` does for each article, one request after another: extracted
 * against the graph's names and statements, then written in a transaction of its own.
 */
export async function measureOnePerTransaction(
  db: Db,
  inputs: readonly ArticleInput[],
): Promise<ArticleRate> {
  const known = new KnownEntityCache(db);
  return timeArticles('One article per transaction', inputs, async (input) => {
    const extraction = await extractWithGraph(db, known, input);
    await writeExtraction(db, known, extraction);
    return extraction.bundle.statements.length;
  });
}

/** What `npm run ingest` does: the same extraction, written many articles per transaction. */
export async function measureBatched(
  db: Db,
  inputs: readonly ArticleInput[],
): Promise<ArticleRate> {
  const writer = new ArticleBatchWriter(db, new KnownEntityCache(db), (batch) => {
    if (batch.failures.length > 0) throw new Error(`${batch.failures.length} articles failed`);
  });
  return timeArticles(
    'Batched',
    inputs,
    async (input) => (await writer.add(input)).bundle.statements.length,
    () => writer.flush(),
  );
}

async function timeArticles(
  label: string,
  inputs: readonly ArticleInput[],
  ingest: (input: ArticleInput) => Promise<number>,
  finish: () => Promise<void> = async () => {},
): Promise<ArticleRate> {
  const bar = progressBar(label, inputs.length, 'articles');
  let statements = 0;
  let characters = 0;
  const startedMs = performance.now();
  for (const [i, input] of inputs.entries()) {
    statements += await ingest(input);
    characters += input.text.length;
    if (i % 25 === 0) bar.update(i);
  }
  await finish();
  bar.update(inputs.length);
  bar.stop();
  return rate(inputs.length, statements, characters, performance.now() - startedMs);
}

export type ArticleBenchResults = {
  extractionAlone: ArticleRate;
  batched: ArticleRate;
  onePerTransaction: ArticleRate;
};

/**
 * Articles per second for extraction alone and for extraction + write, batched (`npm run
 * ingest`) and one per transaction (POST /api/articles), on a fresh Neo4j holding the seed.
 */
export async function runArticleBench(
  articles: number,
  neo4jMemory: { heap: string; pageCache: string },
): Promise<ArticleBenchResults> {
  // One transaction per article is slow enough that a fifth of the articles tells its rate.
  const onePerTransaction = Math.ceil(articles / 5);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-article-bench-'));
  const neo4j = await startEmbeddedNeo4j({
    dataDir,
    boltPort: await findFreePort(),
    ...neo4jMemory,
  });
  const db = Db.connect({ uri: neo4j.uri });
  try {
    await applySchema(db);
    await ingestSeed(db);
    const inputs = articleInputs(articles + onePerTransaction);
    const batched = inputs.slice(0, articles);
    return {
      extractionAlone: measureExtraction(batched),
      batched: await measureBatched(db, batched),
      onePerTransaction: await measureOnePerTransaction(db, inputs.slice(articles)),
    };
  } finally {
    await db.close();
    await neo4j.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printArticleResults(results: ArticleBenchResults): void {
  console.log('\nRaw articles (English and Telugu), extraction and writes:');
  console.table({
    'extraction alone': results.extractionAlone,
    'extraction + write, batched (npm run ingest)': results.batched,
    'extraction + write, one per transaction (POST /api/articles)': results.onePerTransaction,
  });
}
