import type { Db } from '../db/driver';
import { findStatementsBySpeakers } from '../db/queries/known-entities';
import { answerFromGraph } from './assemble/graph-replies';
import { extractArticle, type ArticleInput, type Extraction } from './extract-article';
import type { KnownEntityCache } from './known-entity-cache';

/**
 * Replies to parties that say nothing in the article answer their latest statement in the
 * graph from before it was published.
 */
export async function answerPendingReplies(
  db: Db,
  extraction: Extraction,
  publishedAt: string | undefined,
): Promise<Extraction> {
  if (extraction.pendingReplies.length === 0) return extraction;
  const statements = await findStatementsBySpeakers(
    db,
    [...new Set(extraction.pendingReplies.map((p) => p.partyId))],
    {
      exceptArticleId: extraction.bundle.article.id,
      ...(publishedAt ? { before: publishedAt } : {}),
    },
  );
  return answerFromGraph(extraction, statements);
}

/**
 * Extraction as the API runs it: names resolve against the actors and institutions already in
 * the graph, and replies against its statements.
 */
export async function extractWithGraph(
  db: Db,
  known: KnownEntityCache,
  input: ArticleInput,
): Promise<Extraction> {
  const extraction = extractArticle(input, await known.current());
  return answerPendingReplies(db, extraction, input.publishedAt);
}
