import type { Db } from '../db/driver';
import { findStatementsBySpeakers } from '../db/queries/known-entities';
import { answerFromGraph } from './assemble/graph-replies';
import { extractArticle, type ArticleInput, type Extraction } from './extract-article';
import type { KnownEntityCache } from './known-entity-cache';

/**
 * Extraction as the API and the CLI run it: names resolve against the actors and institutions
 * already in the graph, and replies to parties that say nothing in the article answer their
 * latest statement in the graph.
 */
export async function extractWithGraph(
  db: Db,
  known: KnownEntityCache,
  input: ArticleInput,
): Promise<Extraction> {
  const extraction = extractArticle(input, await known.current());
  if (extraction.pendingReplies.length === 0) return extraction;
  const statements = await findStatementsBySpeakers(
    db,
    [...new Set(extraction.pendingReplies.map((p) => p.partyId))],
    {
      exceptArticleId: extraction.bundle.article.id,
      ...(input.publishedAt ? { before: input.publishedAt } : {}),
    },
  );
  return answerFromGraph(extraction, statements);
}
