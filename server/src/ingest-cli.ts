/**
 * `npm run ingest -- <files or folders>`: extracts each raw article (.txt, .md) with the
 * language's rules and writes it through the bundle ingest path; idempotent. Paths are relative
 * to where npm was run. `--dry-run` extracts and reports without writing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { articleRequestSchema } from '@parley/graph-schema';
import cliProgress from 'cli-progress';
import { loadConfig } from './config/env';
import { applySchema } from './db/apply-schema';
import type { Db } from './db/driver';
import { extractWithGraph } from './extract/extract-with-graph';
import { KnownEntityCache } from './extract/known-entity-cache';
import { writeExtraction } from './extract/write-extraction';
import { createLogger } from './logger';
import { openDatabase } from './open-database';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);

interface Row {
  file: string;
  lang?: string;
  statements?: number;
  meetings?: number;
  replies?: number;
  ambiguities?: number;
  'nodes created'?: number;
  'relationships created'?: number;
  error?: string;
}

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

async function ingestFile(
  db: Db,
  known: KnownEntityCache,
  file: string,
  dryRun: boolean,
): Promise<Row> {
  const input = articleRequestSchema.parse({ text: readFileSync(file, 'utf8') });
  const extraction = await extractWithGraph(db, known, input);
  const { statements, meetings } = extraction.bundle;
  const row: Row = {
    file: basename(file),
    lang: extraction.lang,
    statements: statements.length,
    meetings: meetings.length,
    replies: statements.reduce((sum, s) => sum + s.respondsTo.length, 0),
    ambiguities: extraction.ambiguities.length,
  };
  if (dryRun) return row;
  const written = await writeExtraction(db, known, extraction);
  return {
    ...row,
    'nodes created': written.nodes.created,
    'relationships created': written.relationships.created,
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const files = articleFiles(args.filter((a) => a !== '--dry-run'));
  if (files.length === 0) {
    console.error('Usage: npm run ingest -- <article files or folders> [--dry-run]');
    process.exitCode = 2;
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
  try {
    await applySchema(db);
    const known = new KnownEntityCache(db);
    bar.start(files.length, 0, { file: '' });
    for (const file of files) {
      bar.update({ file: basename(file) });
      try {
        rows.push(await ingestFile(db, known, file, dryRun));
      } catch (err) {
        rows.push({
          file: basename(file),
          error: err instanceof Error ? err.message.split('\n')[0]! : String(err),
        });
      }
      bar.increment();
    }
  } finally {
    bar.stop();
    await close();
  }
  console.table(rows);
  const failed = rows.filter((r) => r.error).length;
  console.log(
    `${rows.length - failed} of ${rows.length} articles ${dryRun ? 'extracted (dry run, nothing written)' : 'ingested'}.`,
  );
  if (failed > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
