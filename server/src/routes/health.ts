import type { HealthResponse } from '@parley/graph-schema';
import { Router, type Request } from 'express';
import type { Db } from '../db/driver';
import type { Neo4jSupervision } from '../neo4j/supervisor';

const HEALTH_TIMEOUT_MS = 3_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref(),
    ),
  ]);
}

const UNREACHABLE = 'Neo4j is unreachable; Parley reconnects by itself when it is back';

/** Why Neo4j does not answer, in the supervisor's words when this server runs it. */
function downMessage(supervision: Neo4jSupervision | undefined): string {
  if (supervision?.state === 'restarting')
    return `Neo4j exited (${supervision.lastExit}) and is being restarted on the same data (attempt ${supervision.attempt}); Parley reconnects by itself`;
  if (supervision?.state === 'failed') return `${supervision.reason}; Parley is stopping`;
  return UNREACHABLE;
}

/**
 * `showsConnection`: whether the caller may see where Neo4j is (its Bolt URI); anonymous callers
 * may not. `supervision`: the state of the embedded Neo4j, when this server started it.
 */
export function healthRoutes(
  db: Db,
  showsConnection: (req: Request) => boolean,
  supervision?: () => Neo4jSupervision,
): Router {
  const router = Router();
  router.get('/health', async (req, res) => {
    const connection = showsConnection(req) ? { uri: db.uri } : {};
    const supervised = supervision?.();
    try {
      if (supervised && supervised.state !== 'running') throw new Error(supervised.state);
      await withTimeout(db.ping(), HEALTH_TIMEOUT_MS);
      const body: HealthResponse = { status: 'ok', neo4j: { up: true, ...connection } };
      res.json(body);
    } catch {
      const message = downMessage(supervised);
      const body: HealthResponse = {
        status: 'degraded',
        neo4j: { up: false, ...connection, message },
      };
      res.status(503).json(body);
    }
  });
  return router;
}
