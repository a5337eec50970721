import { rateLimit } from 'express-rate-limit';
import { AppError } from '../errors';

const WINDOW_MS = 60_000;

export type RateLimits = {
  writesPerMinute: number;
  searchesPerMinute: number;
  /** Saved views posted, a bucket of their own; by default as many as writes. */
  viewsPerMinute?: number;
};

/** Per-client limits; the answer is 429 with Retry-After, in the API's error shape. */
function perMinute(limit: number, what: string) {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) =>
      next(
        new AppError('rate_limited', `Too many ${what}: at most ${limit} a minute; retry later`),
      ),
  });
}

export function rateLimiters({ writesPerMinute, searchesPerMinute, viewsPerMinute }: RateLimits) {
  return {
    writes: perMinute(writesPerMinute, 'writes'),
    searches: perMinute(searchesPerMinute, 'searches'),
    views: perMinute(viewsPerMinute ?? writesPerMinute, 'saved views'),
  };
}
