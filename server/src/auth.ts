import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { AppError } from './errors';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Writes need `Authorization: Bearer <token>`; digests make the comparison constant-time at any length. */
export function requireBearerToken(token: string): RequestHandler {
  const expected = digest(token);
  return (req, _res, next) => {
    const header = req.get('authorization');
    if (!header) {
      next(
        new AppError(
          'unauthorized',
          'This call writes data: send Authorization: Bearer <PARLEY_API_TOKEN>',
        ),
      );
      return;
    }
    const match = /^Bearer\s+(.+)$/i.exec(header);
    const given = match?.[1]?.trim() ?? '';
    if (!timingSafeEqual(digest(given), expected)) {
      next(new AppError('forbidden', 'The bearer token is not valid for this server'));
      return;
    }
    next();
  };
}
