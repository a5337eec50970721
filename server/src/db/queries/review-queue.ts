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
 * The statements no person has vouched for (graph-schema's `needsReview`), in two parts that do
 * not overlap, each found through an index: uncertain speakers not yet reviewed, and the other
 * extracted statements.
 */
const OPEN_SPEAKER = `s.ambiguous = true AND s.source <> 'reviewed'`;
const EXTRACTED_ONLY = `s.source = 'extracted' AND coalesce(s.ambiguous, false) = false`;

/** Within each part of the queue: the least confident, then the newest, undated last. */
const QUEUE_ORDER = `coalesce(s.confidence, 1.0), s.date IS NULL, s.date DESC, s.id`;

/**
 * How many need review (every extracted statement, counted in its index, and the uncertain
 * others), and one page of them, each with its people and the words of its first article
 * between the evidence offsets. Uncertain speakers come first; the rest are extracted
 * statements read from the (source, confidence) index in order, so a page sorts only the
 * statements of equal confidence instead of the whole queue. UNION ALL answers its first
 * branch before its second, which keeps the two parts in that order.
 */
const REVIEW_QUEUE = `
CALL () {
  MATCH (s:${NodeLabel.Statement}) WHERE s.source = 'extracted'
  RETURN count(s) AS extracted
}
CALL () {
  MATCH (s:${NodeLabel.Statement}) WHERE ${OPEN_SPEAKER} AND s.source <> 'extracted'
  RETURN count(s) AS openElsewhere
}
CALL () {
  CALL () {
    MATCH (s:${NodeLabel.Statement}) WHERE ${OPEN_SPEAKER}
    WITH s ORDER BY ${QUEUE_ORDER}
    RETURN s
    UNION ALL
    MATCH (s:${NodeLabel.Statement}) WHERE ${EXTRACTED_ONLY} AND s.confidence >= 0.0
    WITH s ORDER BY s.source, s.confidence, s.date IS NULL, s.date DESC, s.id
    RETURN s
  }
  WITH s SKIP $offset LIMIT $limitPlusOne
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
RETURN extracted + openElsewhere AS remaining, items`;

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
