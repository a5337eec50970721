import fs from 'node:fs';
import path from 'node:path';
import { API_LIMITS } from '@parley/graph-schema';
import express, { type Express } from 'express';
import { requireBearerToken } from './auth';
import type { Db } from './db/driver';
import { AppError, errorHandler } from './errors';
import type { Logger } from './logger';
import { buildOpenApiDocument } from './openapi';
import { healthRoutes } from './routes/health';
import { ingestRoutes } from './routes/ingest';
import { readRoutes } from './routes/read';
import { viewRoutes } from './routes/views';

export type AppOptions = { db: Db; apiToken: string; clientDistDir?: string; logger: Logger };

/** The HTTP app: the JSON API under /api and, when built, the client on every other path. */
export function createApp({ db, apiToken, clientDistDir, logger }: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

  const api = express.Router();
  // Saved views parse their own, smaller bodies, so they come before the general JSON parser.
  api.use(viewRoutes(db));
  api.use(express.json({ limit: API_LIMITS.bodyBytes }));
  api.use(healthRoutes(db));
  api.use(readRoutes(db));
  const openApi = buildOpenApiDocument();
  api.get('/openapi.json', (_req, res) => res.json(openApi));
  api.use(ingestRoutes(db, requireBearerToken(apiToken)));
  api.use((req, _res, next) =>
    next(new AppError('not_found', `No API route ${req.method} ${req.path}`)),
  );
  api.use(errorHandler((err) => logger.error({ err }, 'request failed')));
  app.use('/api', api);

  if (clientDistDir && fs.existsSync(path.join(clientDistDir, 'index.html'))) {
    app.use(express.static(clientDistDir, { index: false, maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => res.sendFile(path.join(clientDistDir, 'index.html')));
  }
  return app;
}
