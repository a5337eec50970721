import type { HealthResponse } from '@parley/graph-schema';
import { Router } from 'express';
import type { Db } from '../db/driver';

const HEALTH_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref(),
    ),
  ]);
}

export function healthRoutes(db: Db): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      await withTimeout(db.ping(), HEALTH_TIMEOUT_MS);
      const body: HealthResponse = { status: 'ok', neo4j: { up: true, uri: db.uri } };
      res.json(body);
    } catch {
      const message = 'Neo4j is unreachable; Parley reconnects by itself when it is back';
      const body: HealthResponse = {
        status: 'degraded',
        neo4j: { up: false, uri: db.uri, message },
      };
      res.status(503).json(body);
    }
  });
  return router;
}
