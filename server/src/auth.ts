import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { AppError } from './errors';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Requires `Authorization: Bearer <one of tokens>`. Comparing digests keeps the comparison
 * constant-time whatever the length of what was sent.
 */
function bearerMatches(expected: readonly Buffer[], header: string): boolean {
  const given = digest(/^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? '');
  return expected.reduce((ok, token) => timingSafeEqual(given, token) || ok, false);
}

export function requireBearerToken(tokens: readonly string[], purpose: string): RequestHandler {
  const expected = tokens.map(digest);
  return (req, _res, next) => {
    const header = req.get('authorization');
    if (!header) {
      next(new AppError('unauthorized', `${purpose}: send Authorization: Bearer <token>`));
      return;
    }
    const valid = bearerMatches(expected, header);
    next(
      valid
        ? undefined
        : new AppError('forbidden', 'The bearer token is not valid for this server'),
    );
  };
}

export type AccessTokens = { write: string; read?: string };

export function accessGuards({ write, read }: AccessTokens) {
  const writes = requireBearerToken([write], 'This call writes data (PARLEY_API_TOKEN)');
  const reads: RequestHandler = read
    ? requireBearerToken([read, write], 'Reading needs a token on this server (PARLEY_READ_TOKEN)')
    : (_req, _res, next) => next();
  const carries = (tokens: readonly string[]) => {
    const expected = tokens.map(digest);
    return (req: Request) => {
      const header = req.get('authorization');
      return header !== undefined && bearerMatches(expected, header);
    };
  };
  return {
    writes,
    reads,
    /** Whether the request carries the write token (callers without it get smaller limits). */
    isWriter: carries([write]),
    /** Whether the request carries a token at all (only they see how Parley is connected). */
    hasToken: carries(read ? [read, write] : [write]),
  };
}

export type AccessGuards = ReturnType<typeof accessGuards>;
