import type { ArticleIngestResponse, IngestBundle, ReviewedFacts } from '@parley/graph-schema';
import type { Db } from '../db/driver';
import { ingestBundles } from '../db/queries/ingest';
import { findParties } from '../db/queries/parties';
import type { Extraction } from '../extract/extract-article';
import type { KnownEntityCache } from '../ingest/known-entity-cache';
import type { InTurn } from '../routes/one-at-a-time';
import { partiesToLookUp, reviewedBundles } from './reviewed-bundles';

function countsOf(bundles: IngestBundle[]): ArticleIngestResponse['extracted'] {
  const statements = bundles.flatMap((b) => b.statements);
  return {
    statements: statements.length,
    meetings: bundles.reduce((sum, b) => sum + b.meetings.length, 0),
    replies: statements.reduce((sum, s) => sum + s.respondsTo.length, 0),
    ambiguities: statements.filter((s) => s.ambiguity !== undefined).length,
  };
}

/**
 * POST /api/articles with the facts a person reviewed: exactly those are written, in one
 * transaction, in turn with other ingests; `extracted` counts what was written.
 */
export async function writeReviewedArticle(
  db: Db,
  known: KnownEntityCache,
  inTurn: InTurn,
  extraction: Extraction,
  facts: ReviewedFacts,
): Promise<ArticleIngestResponse> {
  const inGraph = await findParties(db, partiesToLookUp(extraction, facts));
  const bundles = reviewedBundles(extraction, facts, inGraph);
  const written = await inTurn(() => ingestBundles(db, bundles));
  for (const bundle of bundles) known.remember(bundle);
  return {
    articleId: extraction.bundle.article.id,
    ...written,
    lang: extraction.lang,
    extracted: countsOf(bundles),
  };
}
