import {
  saveViewRequestSchema,
  savedViewIdSchema,
  viewLoadProblems,
  VIEW_LIMITS,
} from '@parley/graph-schema';
import express, { Router } from 'express';
import type { Db } from '../db/driver';
import { getView, saveView } from '../db/queries/views';
import { AppError, notFound, parseOrThrow } from '../errors';

/** Shareable views: anyone may save one (it changes no facts) and anyone with the link may open it. */
export function viewRoutes(db: Db): Router {
  const router = Router();
  router.post('/views', express.json({ limit: VIEW_LIMITS.savedBytes }), async (req, res) => {
    const { state } = parseOrThrow(saveViewRequestSchema, req.body, 'view');
    // A view that would send hundreds of requests, or freeze the page, to whoever opens it.
    const [problem, ...more] = viewLoadProblems(state);
    if (problem)
      throw new AppError('bad_request', `Invalid view: ${problem.path}: ${problem.message}`, [
        problem,
        ...more,
      ]);
    res.status(201).json(await saveView(db, state));
  });
  router.get('/views/:id', async (req, res) => {
    const id = parseOrThrow(savedViewIdSchema, req.params.id, 'view id');
    const view = await getView(db, id);
    if (!view) throw notFound(`View ${id}`);
    res.json(view);
  });
  return router;
}
