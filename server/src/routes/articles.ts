import {
  articleIngestRequestSchema,
  articleRequestSchema,
  type ArticleIngestResponse,
  type ArticleRequest,
} from '@parley/graph-schema';
import { Router, type RequestHandler } from 'express';
import type { Db } from '../db/driver';
import { AppError, parseOrThrow } from '../errors';
import { UnsupportedLanguageError, type Extraction } from '../extract/extract-article';
import { extractWithGraph } from '../ingest/extract-with-graph';
import type { KnownEntityCache } from '../ingest/known-entity-cache';
import { toPreview } from '../extract/preview';
import { writeExtraction } from '../ingest/write-extraction';
import { writeReviewedArticle } from '../review/write-reviewed';
import type { InTurn } from './one-at-a-time';

async function extract(
  db: Db,
  known: KnownEntityCache,
  input: ArticleRequest,
): Promise<Extraction> {
  try {
    return await extractWithGraph(db, known, input);
  } catch (err) {
    if (err instanceof UnsupportedLanguageError)
      throw new AppError('bad_request', `Invalid article: lang: ${err.message}`, [
        { path: 'lang', message: err.message },
      ]);
    throw err;
  }
}

/**
 * Raw articles: extracted with the language's rules against the names already in the graph.
 * The preview writes nothing, so it needs only read access; ingesting writes through the
 * bundle path, in turn with the other ingests, and needs the write token. Ingesting with the
 * facts a person reviewed in the preview writes those instead of what extraction finds.
 */
export function articleRoutes(
  db: Db,
  access: { writes: RequestHandler; reads: RequestHandler },
  inTurn: InTurn,
  known: KnownEntityCache,
): Router {
  const router = Router();
  router.post('/articles/preview', access.reads, async (req, res) => {
    const input = parseOrThrow(articleRequestSchema, req.body, 'article');
    res.json(toPreview(await extract(db, known, input)));
  });
  router.post('/articles', access.writes, async (req, res) => {
    const { facts, ...input } = parseOrThrow(articleIngestRequestSchema, req.body, 'article');
    const extraction = await extract(db, known, input);
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
