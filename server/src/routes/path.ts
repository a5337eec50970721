import { pathQuerySchema, type PathResponse } from '@parley/graph-schema';
import { Router } from 'express';
import type { Db } from '../db/driver';
import { getPaths } from '../db/queries/path';
import { parseOrThrow } from '../errors';

/** GET /api/path: the shortest chains between two parties. */
export function pathRoutes(db: Db): Router {
  const router = Router();
  router.get('/path', async (req, res) => {
    const query = parseOrThrow(pathQuerySchema, req.query, 'path query');
    const body: PathResponse = { paths: await getPaths(db, query) };
    res.json(body);
  });
  return router;
}
