import {
  NodeLabel,
  RelType,
  reviewQueueItemSchema,
  type ReviewQueueItem,
  type ReviewQueueQuery,
  type ReviewQueueResponse,
} from '@parley/graph-schema';
import type { Node } from 'neo4j-driver';
import { z } from 'zod';
import { int, toGraphNode, toNumber } from '../convert';
import type { Db } from '../driver';
import type { ReadQuery } from './read-query';

/**
 * The statements no person has vouched for (graph-schema's `needsReview`), each found through
 * the source or the ambiguity index.
 */
const NEEDS_REVIEW = `
MATCH (s:${NodeLabel.Statement})
WHERE s.source = 'extracted' OR (s.ambiguous = true AND s.source <> 'reviewed')`;

/**
 * How many need review, and one page of them: uncertain speakers first, then the least
 * confident, then the newest (undated last), each with its people and the words of its first
 * article between the evidence offsets.
 */
const REVIEW_QUEUE = `
CALL () {
  ${NEEDS_REVIEW}
  RETURN count(s) AS remaining
}
CALL () {
  ${NEEDS_REVIEW}
  WITH s
  ORDER BY coalesce(s.ambiguous, false) DESC, coalesce(s.confidence, 1.0) ASC,
           s.date IS NULL, s.date DESC, s.id
  SKIP $offset LIMIT $limitPlusOne
  RETURN collect({
    statement: s,
    speakers: [(p)-[:${RelType.SAID}]->(s) | p],
    candidates: [(p)-[r:${RelType.SAID}]->(s) WHERE r.candidate = true | p],
    addressees: [(s)-[:${RelType.ADDRESSED_TO}]->(q) | q],
    sentences: [(s)-[r:${RelType.REPORTED_IN}]->(a:${NodeLabel.Article}) | {
      articleId: a.id, articleTitle: coalesce(a.title, a.id), start: r.start, end: r.end,
      text: substring(a.text, r.start, r.end - r.start)
    }]
  }) AS items
}
RETURN remaining, items`;

export const reviewQueueRead = ({ limit, offset }: ReviewQueueQuery): ReadQuery => ({
  cypher: REVIEW_QUEUE,
  params: { offset: int(offset), limitPlusOne: int(limit + 1) },
});

const rowSchema = z.object({
  statement: z.custom<Node>(),
  speakers: z.array(z.custom<Node>()),
  candidates: z.array(z.custom<Node>()),
  addressees: z.array(z.custom<Node>()),
  sentences: z.array(
    z.object({
      articleId: z.string(),
      articleTitle: z.string(),
      start: z.unknown(),
      end: z.unknown(),
      text: z.string(),
    }),
  ),
});

function partyRef(node: Node) {
  const { id, kind, label } = toGraphNode(node);
  return { id, kind, label };
}

function toItem(row: unknown): ReviewQueueItem {
  const { statement, speakers, candidates, addressees, sentences } = rowSchema.parse(row);
  const sentence = sentences[0];
  return reviewQueueItemSchema.parse({
    statement: toGraphNode(statement),
    speakers: speakers.map(partyRef),
    candidates: candidates.map(partyRef),
    addressees: addressees.map(partyRef),
    sentence: sentence
      ? { ...sentence, start: toNumber(sentence.start), end: toNumber(sentence.end) }
      : null,
  });
}

/** GET /api/review-queue: a page of the statements that most need a person's eyes. */
export async function getReviewQueue(
  db: Db,
  query: ReviewQueueQuery,
): Promise<ReviewQueueResponse> {
  const { cypher, params } = reviewQueueRead(query);
  const record = (await db.read(cypher, params)).records[0]!;
  const items = (record.get('items') as unknown[]).map(toItem);
  return {
    items: items.slice(0, query.limit),
    remaining: toNumber(record.get('remaining')),
    truncated: items.length > query.limit,
  };
}
