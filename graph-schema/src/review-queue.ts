import { z } from 'zod';
import { graphNodeSchema, partyRefSchema } from './api';
import type { FactSource } from './model';

/**
 * The review queue: the statements of the whole graph that still need a person's eyes, those
 * with an uncertain speaker first, then the least confident, then the newest.
 */
export const REVIEW_QUEUE_LIMITS = { default: 20, max: 100 } as const;

/**
 * A statement needs review while no person has vouched for it: it was extracted, or its speaker
 * is left open. Accepting or correcting it makes it `reviewed`, which takes it off the queue.
 */
export function needsReview(statement: {
  source: FactSource | undefined;
  ambiguous: boolean;
}): boolean {
  if (statement.source === 'reviewed') return false;
  return statement.source === 'extracted' || statement.ambiguous;
}

export const reviewQueueQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(REVIEW_QUEUE_LIMITS.max)
    .default(REVIEW_QUEUE_LIMITS.default),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;

/** Where the statement's words are: the evidence offsets in its article and the text between. */
export const reviewSentenceSchema = z.object({
  articleId: z.string(),
  articleTitle: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type ReviewSentence = z.infer<typeof reviewSentenceSchema>;

export const reviewQueueItemSchema = z.object({
  statement: graphNodeSchema,
  speakers: z.array(partyRefSchema),
  /** Who else may have said it, when the speaker is uncertain. */
  candidates: z.array(partyRefSchema),
  addressees: z.array(partyRefSchema),
  /** Null when no article records where it was said. */
  sentence: reviewSentenceSchema.nullable(),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItemSchema>;

export const reviewQueueResponseSchema = z.object({
  items: z.array(reviewQueueItemSchema),
  /** Every statement that needs review, those on this page included. */
  remaining: z.number().int().nonnegative(),
  /** Whether more follow this page. */
  truncated: z.boolean(),
});
export type ReviewQueueResponse = z.infer<typeof reviewQueueResponseSchema>;
