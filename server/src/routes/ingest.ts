import { ingestBundleSchema, type IngestResponse } from '@parley/graph-schema';
import { Router, type RequestHandler } from 'express';
import type { Db } from '../db/driver';
import { ingestBundle } from '../db/queries/ingest';
import { parseOrThrow } from '../errors';
import type { InTurn } from './one-at-a-time';

/** Writes; `requireWriteAccess` guards every one of them, and they reach the graph in turn. */
export function ingestRoutes(db: Db, requireWriteAccess: RequestHandler, inTurn: InTurn): Router {
  const router = Router();
  router.post('/bundles', requireWriteAccess, async (req, res) => {
    const bundle = parseOrThrow(ingestBundleSchema, req.body, 'bundle');
    const body: IngestResponse = await inTurn(() => ingestBundle(db, bundle));
    res.status(200).json(body);
  });
  return router;
}
