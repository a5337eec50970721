import type { HealthResponse } from '@parley/graph-schema';
import { Router, type Request } from 'express';
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

/** `showsConnection`: whether the caller may see where Neo4j is (its Bolt URI); anonymous callers may not. */
export function healthRoutes(db: Db, showsConnection: (req: Request) => boolean): Router {
  const router = Router();
  router.get('/health', async (req, res) => {
    const connection = showsConnection(req) ? { uri: db.uri } : {};
    try {
      await withTimeout(db.ping(), HEALTH_TIMEOUT_MS);
      const body: HealthResponse = { status: 'ok', neo4j: { up: true, ...connection } };
      res.json(body);
    } catch {
      const message = 'Neo4j is unreachable; Parley reconnects by itself when it is back';
      const body: HealthResponse = {
        status: 'degraded',
        neo4j: { up: false, ...connection, message },
      };
      res.status(503).json(body);
    }
  });
  return router;
}
