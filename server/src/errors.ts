import type { ErrorCode, ErrorResponse } from '@parley/graph-schema';
import type { ErrorRequestHandler } from 'express';
import type { z } from 'zod';

type Detail = { path: string; message: string };

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
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

/** A change that contradicts the graph as it is (409): the message says what stands in the way. */
export const conflict = (message: string, details?: Detail[]) =>
  new AppError('conflict', message, details);

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

/** Errors the database layer raises when Neo4j cannot serve a request for now; see db/driver.ts. */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly reason: 'down' | 'busy',
    message: string,
  ) {
    super(message);
  }
}

const UNAVAILABLE_MESSAGES: Record<DatabaseUnavailableError['reason'], string> = {
  down: 'Neo4j is unavailable; try again shortly',
  busy: 'Neo4j is busy with conflicting writes; try again shortly',
};

/** What express.json() and Express's router raise before a route runs (http-errors). */
type HttpLayerError = Error & { type?: string; status?: number; expose?: boolean };

function fromHttpLayer(err: HttpLayerError): AppError | undefined {
  // The router decodes path parameters and throws URIError on a stray or broken % escape.
  if (err instanceof URIError)
    return new AppError('bad_request', 'The URL holds a malformed percent-encoding (%)');
  switch (err.type) {
    case 'entity.too.large':
      return new AppError(
        'payload_too_large',
        'The request body is larger than the server accepts',
      );
    case 'entity.parse.failed':
      return new AppError('bad_request', 'The request body is not valid JSON');
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', 'The request body must be JSON in UTF-8');
    case 'encoding.unsupported':
      return new AppError(
        'unsupported_media_type',
        'Content-Encoding must be gzip, deflate or br, or the body sent uncompressed',
      );
  }
  // Anything else the body parser refuses: a corrupt compressed body, one cut short.
  if (err.expose && err.status === 400)
    return new AppError(
      'bad_request',
      'The request body could not be read: it is cut short or does not match its Content-Encoding',
    );
  return undefined;
}

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof DatabaseUnavailableError)
    return new AppError('neo4j_unavailable', UNAVAILABLE_MESSAGES[err.reason]);
  return (
    (err instanceof Error ? fromHttpLayer(err) : undefined) ??
    new AppError('internal', 'Something went wrong on the server')
  );
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
