import { ingestBundleSchema, type IngestResponse } from '@parley/graph-schema';
import { Router, type RequestHandler } from 'express';
import type { Db } from '../db/driver';
import { ingestBundle } from '../db/queries/ingest';
import { conflict, parseOrThrow } from '../errors';
import { foreignFacts } from '../ingest/own-facts';
import type { KnownEntityCache } from '../ingest/known-entity-cache';
import type { InTurn } from './one-at-a-time';

/**
 * Writes; `requireWriteAccess` guards every one of them, and they reach the graph in turn.
 * The names they bring are known to the next article's extraction at once.
 */
export function ingestRoutes(
  db: Db,
  requireWriteAccess: RequestHandler,
  inTurn: InTurn,
  known: KnownEntityCache,
): Router {
  const router = Router();
  router.post('/bundles', requireWriteAccess, async (req, res) => {
    const bundle = parseOrThrow(ingestBundleSchema, req.body, 'bundle');
    const [foreign, ...more] = foreignFacts(bundle);
    if (foreign)
      throw conflict(
        `Bundle ${foreign.path}: ${foreign.message}; a bundle may refer to another article's facts (respondsTo) but never create or change them`,
        [foreign, ...more],
      );
    const body: IngestResponse = await inTurn(() => ingestBundle(db, bundle));
    known.remember(bundle);
    res.status(200).json(body);
  });
  return router;
}
