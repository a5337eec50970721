import {
  ARTICLE_LIMITS,
  articleIngestRequestSchema,
  articleRequestSchema,
  type ArticleIngestResponse,
  type ArticleRequest,
} from '@parley/graph-schema';
import { Router } from 'express';
import type { AccessGuards } from '../auth';
import type { Db } from '../db/driver';
import { AppError, parseOrThrow } from '../errors';
import { UnsupportedLanguageError, type Extraction } from '../extract/extract-article';
import { extractWithGraph } from '../ingest/extract-with-graph';
import type { KnownEntityCache } from '../ingest/known-entity-cache';
import { toPreview } from '../extract/preview';
import { writeExtraction } from '../ingest/write-extraction';
import { writeReviewedArticle } from '../review/write-reviewed';
import {
  ExtractionBusyError,
  ExtractionTimeoutError,
  type ExtractionPool,
} from '../workers/extraction-pool';
import type { InTurn } from './one-at-a-time';

/** Why an article could not be read, as the client should hear it. */
function readFailure(err: unknown): unknown {
  if (err instanceof UnsupportedLanguageError)
    return new AppError('bad_request', `Invalid article: lang: ${err.message}`, [
      { path: 'lang', message: err.message },
    ]);
  if (err instanceof ExtractionTimeoutError)
    return new AppError(
      'payload_too_large',
      `Invalid article: text: reading it took longer than the ${err.timeoutMs} ms an article may take; send a shorter or plainer text`,
      [{ path: 'text', message: `took longer than ${err.timeoutMs} ms to read` }],
    );
  if (err instanceof ExtractionBusyError)
    return new AppError(
      'rate_limited',
      `Too many articles are being read (${err.message}); retry shortly`,
    );
  return err;
}

async function extract(
  db: Db,
  known: KnownEntityCache,
  pool: ExtractionPool,
  input: ArticleRequest,
  timeoutMs: number,
): Promise<Extraction> {
  try {
    return await extractWithGraph(db, known, input, (article, index) =>
      pool.extract(article, index, timeoutMs),
    );
  } catch (err) {
    throw readFailure(err);
  }
}

/** A preview without the write token reads at most ARTICLE_LIMITS.previewTextChars. */
function checkPreviewSize(input: ArticleRequest, isWriter: boolean): void {
  const limit = ARTICLE_LIMITS.previewTextChars;
  if (isWriter || input.text.length <= limit) return;
  const message = `must be at most ${limit} characters for a preview without the write token (this one has ${input.text.length})`;
  throw new AppError('payload_too_large', `Invalid article: text: ${message}`, [
    { path: 'text', message },
  ]);
}

/**
 * Raw articles: extracted with the language's rules against the names already in the graph.
 * The preview writes nothing, so it needs only read access; ingesting writes through the
 * bundle path, in turn with the other ingests, and needs the write token. Ingesting with the
 * facts a person reviewed in the preview writes those instead of what extraction finds.
 */
export function articleRoutes(
  db: Db,
  access: AccessGuards,
  inTurn: InTurn,
  known: KnownEntityCache,
  pool: ExtractionPool,
): Router {
  const router = Router();
  router.post('/articles/preview', access.reads, async (req, res) => {
    const input = parseOrThrow(articleRequestSchema, req.body, 'article');
    checkPreviewSize(input, access.isWriter(req));
    res.json(toPreview(await extract(db, known, pool, input, ARTICLE_LIMITS.previewReadMs)));
  });
  router.post('/articles', access.writes, async (req, res) => {
    const { facts, ...input } = parseOrThrow(articleIngestRequestSchema, req.body, 'article');
    const extraction = await extract(db, known, pool, input, ARTICLE_LIMITS.ingestReadMs);
    if (facts) {
      res.status(200).json(await writeReviewedArticle(db, known, inTurn, extraction, facts));
      return;
    }
    const written = await inTurn(() => writeExtraction(db, known, extraction));
    const { statements, meetings } = extraction.bundle;
    const body: ArticleIngestResponse = {
      ...written,
      lang: extraction.lang,
      extracted: {
        statements: statements.length,
        meetings: meetings.length,
        replies: statements.reduce((sum, s) => sum + s.respondsTo.length, 0),
        ambiguities: extraction.ambiguities.length,
      },
    };
    res.status(200).json(body);
  });
  return router;
}
