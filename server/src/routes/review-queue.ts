import { reviewQueueQuerySchema, type ReviewQueueResponse } from '@parley/graph-schema';
import { Router } from 'express';
import type { Db } from '../db/driver';
import { getReviewQueue } from '../db/queries/review-queue';
import { parseOrThrow } from '../errors';

/** GET /api/review-queue: the statements of the whole graph that need review, a page at a time. */
export function reviewQueueRoutes(db: Db): Router {
  const router = Router();
  router.get('/review-queue', async (req, res) => {
    const query = parseOrThrow(reviewQueueQuerySchema, req.query, 'review queue query');
    const body: ReviewQueueResponse = await getReviewQueue(db, query);
    res.json(body);
  });
  return router;
}
