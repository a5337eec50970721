import { EDITOR_HEADER } from '@parley/graph-schema';
import type { RequestHandler } from 'express';

const PREFLIGHT_MAX_AGE_S = 600;

/** Cross-origin access only for the origins listed in PARLEY_CORS_ORIGINS; closed otherwise. */
export function cors(allowedOrigins: readonly string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin && allowed.has(origin)) {
      res.vary('Origin');
      res.set('Access-Control-Allow-Origin', origin);
      if (req.method === 'OPTIONS') {
        res.set('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE');
        res.set('Access-Control-Allow-Headers', `Authorization, Content-Type, ${EDITOR_HEADER}`);
        res.set('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_S));
        res.status(204).end();
        return;
      }
    }
    next();
  };
}
