import type { ErrorCode } from '@parley/graph-schema';

/** The server's own codes, plus what can go wrong before or after it answers. */
export type ApiErrorCode = ErrorCode | 'network' | 'invalid_response';

export type ApiErrorDetail = { path: string; message: string };

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  /** HTTP status, or 0 when no answer came back at all. */
  readonly status: number;
  readonly details: readonly ApiErrorDetail[];

  constructor(code: ApiErrorCode, message: string, status: number, details: ApiErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Client errors will fail the same way again; only outages and server faults are worth a retry. */
export function isRetriable(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.code === 'network' || error.code === 'neo4j_unavailable' || error.status >= 500;
}

/** A sentence a person can act on, for any error a query may end with. */
export function describeError(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong in the page. Reload to try again.';
  switch (error.code) {
    case 'network':
      return 'Cannot reach the Parley server. Check that it is running, then retry.';
    case 'neo4j_unavailable':
      return 'The server is up but its Neo4j database is not reachable. Retry in a moment.';
    case 'not_found':
      return error.message || 'Not found.';
    case 'invalid_response':
      return 'The server answered with data this page does not understand. Is the client up to date?';
    case 'rate_limited':
      return 'Too many requests. Wait a moment, then retry.';
    default:
      return error.message || `The server failed (${error.status}).`;
  }
}

/** What went wrong with a write, for the person who tried it. */
export function describeWriteError(error: unknown): string {
  if (isApiError(error) && (error.code === 'unauthorized' || error.code === 'forbidden'))
    return 'The server did not accept this write token. Ask whoever runs Parley for PARLEY_API_TOKEN.';
  if (isApiError(error) && error.code === 'conflict') return `Not done: ${error.message}`;
  return describeError(error);
}
