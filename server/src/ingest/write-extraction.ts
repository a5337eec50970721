import type { IngestResponse } from '@parley/graph-schema';
import type { Db } from '../db/driver';
import { ingestBundle } from '../db/queries/ingest';
import type { Extraction } from '../extract/extract-article';
import type { KnownEntityCache } from './known-entity-cache';

/**
 * Writes an extracted article in one transaction and, once it is committed, makes its names
 * known to the next extraction: the one write path of POST /api/articles, `npm run ingest`
 * and the article benchmark.
 */
export async function writeExtraction(
  db: Db,
  known: KnownEntityCache,
  extraction: Extraction,
): Promise<IngestResponse> {
  const written = await ingestBundle(db, extraction.bundle);
  known.remember(extraction.bundle);
  return written;
}
