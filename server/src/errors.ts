import type { ErrorCode, ErrorResponse } from '@parley/graph-schema';
import type { ErrorRequestHandler } from 'express';
import type { z } from 'zod';

type Detail = { path: string; message: string };

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  neo4j_unavailable: 503,
  internal: 500,
};

/** An error meant for the client: its code and message are safe to show. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Detail[],
  ) {
    super(message);
  }
  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found`);

/** Turns a zod failure into a 400 that names each bad field. */
export function badRequestFromZod(what: string, error: z.ZodError): AppError {
  const details = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  const first = details[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid';
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  return new AppError('bad_request', `Invalid ${what}: ${summary}${more}`, details);
}

export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  what: string,
): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw badRequestFromZod(what, result.error);
  return result.data;
}

/** Errors the database layer raises when Neo4j cannot be reached; see db/driver.ts. */
export class DatabaseUnavailableError extends Error {}

type BodyParserError = Error & { type?: string; status?: number };

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof DatabaseUnavailableError)
    return new AppError('neo4j_unavailable', 'Neo4j is unavailable; try again shortly');
  const bodyError = err as BodyParserError;
  if (bodyError.type === 'entity.too.large')
    return new AppError('payload_too_large', 'The request body is larger than the server accepts');
  if (bodyError.type === 'entity.parse.failed')
    return new AppError('bad_request', 'The request body is not valid JSON');
  return new AppError('internal', 'Something went wrong on the server');
}

export function errorHandler(log: (err: unknown) => void): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const appError = toAppError(err);
    if (appError.code === 'internal') log(err);
    const body: ErrorResponse = {
      error: {
        code: appError.code,
        message: appError.message,
        ...(appError.details ? { details: appError.details } : {}),
      },
    };
    res.status(appError.status).json(body);
  };
}
