import { rateLimit } from 'express-rate-limit';
import { AppError } from '../errors';

const WINDOW_MS = 60_000;

export type RateLimits = { writesPerMinute: number; searchesPerMinute: number };

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

export function rateLimiters({ writesPerMinute, searchesPerMinute }: RateLimits) {
  return {
    writes: perMinute(writesPerMinute, 'writes'),
    searches: perMinute(searchesPerMinute, 'searches'),
  };
}
