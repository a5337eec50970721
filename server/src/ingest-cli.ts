/**
 * `npm run ingest -- <files or folders>`: extracts each raw article (.txt, .md) with the
 * language's rules and writes it through the bundle ingest path, many articles per transaction;
 * idempotent. Paths are relative to where npm was run. `--dry-run` extracts and reports
 * without writing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { articleRequestSchema } from '@parley/graph-schema';
import cliProgress from 'cli-progress';
import { readCliFlags, USAGE_EXIT_CODE } from './cli-flags';
import { loadConfig } from './config/env';
import { applySchema } from './db/apply-schema';
import { ARTICLES_PER_TRANSACTION, ArticleBatchWriter } from './ingest/article-batch-writer';
import type { Extraction } from './extract/extract-article';
import { extractWithGraph } from './ingest/extract-with-graph';
import { KnownEntityCache } from './ingest/known-entity-cache';
import { createLogger } from './logger';
import { openDatabase } from './open-database';

const USAGE = 'usage: npm run ingest -- <article files or folders> [--dry-run]';
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

interface Row {
  file: string;
  lang?: string;
  statements?: number;
  meetings?: number;
  replies?: number;
  ambiguities?: number;
  error?: string;
}

const firstLine = (err: unknown) =>
  err instanceof Error ? err.message.split('\n')[0]! : String(err);

function articleFiles(paths: string[]): string[] {
  const base = process.env.INIT_CWD ?? process.cwd();
  return paths.flatMap((p) => {
    const full = resolve(base, p);
    if (!statSync(full).isDirectory()) return [full];
    return readdirSync(full)
      .filter((f) => ARTICLE_EXTENSIONS.has(extname(f)))
      .sort()
      .map((f) => join(full, f));
  });
}

function extractionRow(file: string, extraction: Extraction): Row {
  const { statements, meetings } = extraction.bundle;
  return {
    file: basename(file),
    lang: extraction.lang,
    statements: statements.length,
    meetings: meetings.length,
    replies: statements.reduce((sum, s) => sum + s.respondsTo.length, 0),
    ambiguities: extraction.ambiguities.length,
  };
}

async function main(): Promise<void> {
  const { values, positionals } = readCliFlags(
    USAGE,
    { 'dry-run': { type: 'boolean', default: false } },
    { positionals: true },
  );
  const dryRun = values['dry-run'];
  const files = articleFiles(positionals);
  if (files.length === 0) {
    console.error(USAGE);
    process.exitCode = USAGE_EXIT_CODE;
    return;
  }
  const { db, close } = await openDatabase(loadConfig(), createLogger('warn'));
  const rows: Row[] = [];
  const bar = new cliProgress.SingleBar(
    {
      format: 'ingesting [{bar}] {value}/{total} {file}',
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const written = { nodes: 0, relationships: 0 };
  const rowOfArticle = new Map<string, Row>();
  try {
    await applySchema(db);
    const known = new KnownEntityCache(db);
    const writer = new ArticleBatchWriter(db, known, (batch) => {
      written.nodes += batch.nodesCreated;
      written.relationships += batch.relationshipsCreated;
      for (const { articleId, error } of batch.failures) {
        const row = rowOfArticle.get(articleId);
        if (row) row.error = firstLine(error);
      }
    });
    bar.start(files.length, 0, { file: '' });
    for (const file of files) {
      bar.update({ file: basename(file) });
      try {
        const input = articleRequestSchema.parse({ text: readFileSync(file, 'utf8') });
        const extraction = dryRun
          ? await extractWithGraph(db, known, input)
          : await writer.add(input);
        const row = extractionRow(file, extraction);
        rowOfArticle.set(extraction.bundle.article.id, row);
        rows.push(row);
      } catch (err) {
        rows.push({ file: basename(file), error: firstLine(err) });
      }
      bar.increment();
    }
    await writer.flush();
  } finally {
    bar.stop();
    await close();
  }
  console.table(rows);
  const failed = rows.filter((r) => r.error).length;
  console.log(
    `${rows.length - failed} of ${rows.length} articles ${dryRun ? 'extracted (dry run, nothing written)' : 'ingested'}.`,
  );
  if (!dryRun)
    console.log(
      `${written.nodes} nodes and ${written.relationships} relationships created, ${ARTICLES_PER_TRANSACTION} articles per transaction.`,
    );
  if (failed > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
