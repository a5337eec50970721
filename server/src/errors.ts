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
  neo4j_over_budget: 503,
  write_outcome_unknown: 503,
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

/** Errors the database layer raises when Neo4j cannot serve a request for now; see db/neo4j-failure.ts. */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly reason:
      'down' | 'busy' | 'overloaded' | 'over-memory' | 'over-time' | 'outcome-unknown',
    message: string,
  ) {
    super(message);
  }
}

/** The request's client went away, so the database layer stopped its work: nobody awaits an answer. */
export class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection before the answer was ready');
  }
}

const ASK_FOR_LESS = 'try again shortly, or ask for less (a smaller limit or depth)';

const UNAVAILABLE: Record<
  DatabaseUnavailableError['reason'],
  { code: ErrorCode; message: string }
> = {
  down: { code: 'neo4j_unavailable', message: 'Neo4j is unavailable; try again shortly' },
  busy: {
    code: 'neo4j_unavailable',
    message: 'Neo4j is busy with conflicting writes; try again shortly',
  },
  overloaded: {
    code: 'neo4j_over_budget',
    message: 'Neo4j is answering as many requests as it can; try again shortly',
  },
  'over-memory': {
    code: 'neo4j_over_budget',
    message: `This request needed more memory than Neo4j allows its queries; ${ASK_FOR_LESS}`,
  },
  'over-time': {
    code: 'neo4j_over_budget',
    message: `This request took longer than Neo4j allows a read; ${ASK_FOR_LESS}`,
  },
  'outcome-unknown': {
    code: 'write_outcome_unknown',
    message:
      'Neo4j went away while this write was being committed, so it may or may not be stored. Sending the same bundle or article again is safe (ingest changes nothing twice); check a correction before repeating it',
  },
};

/** Seconds a client should wait before asking again, by code: Neo4j restarts in seconds. */
const RETRY_AFTER_S: Partial<Record<ErrorCode, number>> = {
  neo4j_unavailable: 5,
  neo4j_over_budget: 1,
  write_outcome_unknown: 5,
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
  if (err instanceof DatabaseUnavailableError) {
    const { code, message } = UNAVAILABLE[err.reason];
    return new AppError(code, message);
  }
  return (
    (err instanceof Error ? fromHttpLayer(err) : undefined) ??
    new AppError('internal', 'Something went wrong on the server')
  );
}

export function errorHandler(log: (err: unknown) => void): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    // Nobody is left to read an answer.
    if (err instanceof ClientGoneError) return void res.end();
    const appError = toAppError(err);
    if (appError.code === 'internal') log(err);
    const retryAfter = RETRY_AFTER_S[appError.code];
    if (retryAfter !== undefined) res.set('Retry-After', String(retryAfter));
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
