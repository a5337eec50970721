import type { Db } from '../db/driver';
import { findStatementsBySpeakers } from '../db/queries/known-entities';
import { answerFromGraph } from '../extract/assemble/graph-replies';
import type { KnownEntityIndex, KnownStatement } from '../extract/entities/known-entities';
import { extractArticle, type ArticleInput, type Extraction } from '../extract/extract-article';
import type { KnownEntityCache } from './known-entity-cache';

/**
 * Replies to parties that say nothing in the article answer their latest statement from before
 * it was published: in the graph, or among `unwritten` statements (those of articles queued to
 * be written with it), chosen by the same rule the graph query applies.
 */
export async function answerPendingReplies(
  db: Db,
  extraction: Extraction,
  publishedAt: string | undefined,
  unwritten: readonly KnownStatement[] = [],
): Promise<Extraction> {
  if (extraction.pendingReplies.length === 0) return extraction;
  const articleId = extraction.bundle.article.id;
  const inGraph = await findStatementsBySpeakers(
    db,
    [...new Set(extraction.pendingReplies.map((p) => p.partyId))],
    { exceptArticleId: articleId, ...(publishedAt ? { before: publishedAt } : {}) },
  );
  const queued = unwritten.filter(
    (s) =>
      s.articleId !== articleId &&
      (publishedAt === undefined || s.date === undefined || s.date <= publishedAt),
  );
  return answerFromGraph(extraction, [...inGraph, ...queued]);
}

/** Reads one article against the known entities: at once, or in a worker (see workers/extraction-pool.ts). */
export type Extractor = (
  input: ArticleInput,
  known: KnownEntityIndex,
) => Extraction | Promise<Extraction>;

/**
 * Extraction as the API runs it: names resolve against the actors and institutions already in
 * the graph, and replies against its statements.
 */
export async function extractWithGraph(
  db: Db,
  known: KnownEntityCache,
  input: ArticleInput,
  extract: Extractor = extractArticle,
): Promise<Extraction> {
  const extraction = await extract(input, await known.current());
  return answerPendingReplies(db, extraction, input.publishedAt);
}
