import fs from 'node:fs';
import path from 'node:path';
import { API_LIMITS } from '@parley/graph-schema';
import express, { type Express } from 'express';
import { accessGuards, type AccessTokens } from './auth';
import type { Db } from './db/driver';
import { cancelOnClientGone } from './db/request-signal';
import type { Neo4jSupervision } from './neo4j/supervisor';
import { AppError, errorHandler } from './errors';
import type { Logger } from './logger';
import { cors } from './middleware/cors';
import { methodNotAllowed } from './middleware/method-not-allowed';
import { rateLimiters, type RateLimits } from './middleware/rate-limits';
import { requestLog } from './middleware/request-log';
import { securityHeaders } from './middleware/security-headers';
import { buildOpenApiDocument } from './openapi';
import { KnownEntityCache } from './ingest/known-entity-cache';
import { clientPage } from './share-preview';
import { articleRoutes } from './routes/articles';
import { correctionRoutes } from './routes/corrections';
import { editLogRoutes } from './routes/edit-log';
import { healthRoutes } from './routes/health';
import { ingestRoutes } from './routes/ingest';
import { oneAtATime } from './routes/one-at-a-time';
import { pathRoutes } from './routes/path';
import { readRoutes } from './routes/read';
import { reviewQueueRoutes } from './routes/review-queue';
import { viewRoutes } from './routes/views';
import { ExtractionPool } from './workers/extraction-pool';

export const DEFAULT_RATE_LIMITS: RateLimits = {
  writesPerMinute: 60,
  searchesPerMinute: 600,
  viewsPerMinute: 60,
};

export type AppOptions = {
  db: Db;
  tokens: AccessTokens;
  logger: Logger;
  clientDistDir?: string;
  corsOrigins?: readonly string[];
  rateLimits?: RateLimits;
  /** Where raw articles are read; by default a pool of worker threads of the app's own. */
  extractionPool?: ExtractionPool;
  /** The embedded Neo4j's state, when this server runs it (health reports restarts). */
  supervision?: () => Neo4jSupervision;
};

/** The HTTP app: the JSON API under /api and, when built, the client on every other path. */
export function createApp(options: AppOptions): Express {
  const { db, tokens, logger, clientDistDir } = options;
  const handleErrors = errorHandler((err) => logger.error({ err }, 'request failed'));
  const guard = accessGuards(tokens);
  const limit = rateLimiters(options.rateLimits ?? DEFAULT_RATE_LIMITS);
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestLog(logger), securityHeaders, cors(options.corsOrigins ?? []));

  const api = express.Router();
  // A read whose client has gone away is cancelled in Neo4j instead of finishing for nobody.
  api.use(cancelOnClientGone);
  api.use(healthRoutes(db, guard.hasToken, options.supervision));
  const openApi = buildOpenApiDocument({ readsNeedToken: tokens.read !== undefined });
  api.get('/openapi.json', (_req, res) => res.json(openApi));
  api.use('/search', limit.searches);
  // POST /api/subgraph is a read (its id list does not fit a query string), not a write.
  // Saved views, which anyone may post, count apart, so they never use up the writers' budget.
  api.post('/{*any}', (req, res, next) => {
    if (req.path === '/subgraph') return next();
    return (req.path === '/views' ? limit.views : limit.writes)(req, res, next);
  });
  api.patch('/{*any}', limit.writes);
  api.delete('/{*any}', limit.writes);
  // Saved views parse their own, smaller bodies, so they come before the general JSON parser.
  api.use(guard.reads, viewRoutes(db));
  api.use(express.json({ limit: API_LIMITS.bodyBytes }), cancelOnClientGone);
  api.use(guard.reads, readRoutes(db));
  api.use(guard.reads, pathRoutes(db));
  api.use(guard.reads, reviewQueueRoutes(db));
  const ingestInTurn = oneAtATime();
  const knownNames = new KnownEntityCache(db);
  api.use(ingestRoutes(db, guard.writes, ingestInTurn, knownNames));
  const pool = options.extractionPool ?? new ExtractionPool();
  api.use(articleRoutes(db, guard, ingestInTurn, knownNames, pool));
  api.use(correctionRoutes(db, guard.writes, ingestInTurn, knownNames));
  api.use(editLogRoutes(db, guard, ingestInTurn, knownNames));
  api.use(methodNotAllowed(openApi.paths));
  api.use((req, _res, next) =>
    next(new AppError('not_found', `No API route ${req.method} ${req.path}`)),
  );
  api.use(handleErrors);
  app.use('/api', api);

  if (clientDistDir && fs.existsSync(path.join(clientDistDir, 'index.html'))) {
    app.use(express.static(clientDistDir, { index: false, maxAge: '1h' }));
    app.get(
      '/{*path}',
      clientPage(db, clientDistDir, { readsNeedToken: tokens.read !== undefined }),
    );
  }
  // Pages fail in the API's error shape too, rather than with Express's page and stack trace.
  app.use(handleErrors);
  return app;
}
