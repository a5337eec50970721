import { errorResponseSchema } from '@parley/graph-schema';
import type { z } from 'zod';
import { ApiError } from './api-error';

export type QueryParams = Record<string, string | number | undefined>;

export type RequestOptions = {
  params?: QueryParams;
  signal?: AbortSignal;
  /** Bearer token for calls that write; reads go without one. */
  token?: string;
};

const API_BASE = '/api';

/** Gateways in front of a stopped server answer with these, without a Parley error body. */
const GATEWAY_STATUSES = new Set([502, 504]);

export function apiUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const query = search.toString();
  return `${API_BASE}${path}${query ? `?${query}` : ''}`;
}

/** Encodes an id as one path segment: ids hold colons and any script. */
export const pathSegment = (id: string) => encodeURIComponent(id);

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function errorFrom(response: Response, body: unknown): ApiError {
  const parsed = errorResponseSchema.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(code, message, response.status, details);
  }
  if (GATEWAY_STATUSES.has(response.status))
    return new ApiError('network', 'The Parley server is not answering', response.status);
  return new ApiError('internal', `Unexpected answer ${response.status}`, response.status);
}

type JsonRequest = RequestOptions & {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
};

/**
 * The one way this client talks to the API: every answer is parsed with the shared schema, so a
 * server that drifts from the contract fails loudly here instead of deep inside a component.
 */
async function requestJson<S extends z.ZodType>(
  path: string,
  schema: S,
  { params, signal, token, method = 'GET', body }: JsonRequest,
): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, params), {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', 'Cannot reach the Parley server', 0);
  }
  const answer = await readJson(response);
  if (!response.ok) throw errorFrom(response, answer);
  const parsed = schema.safeParse(answer);
  if (!parsed.success) {
    console.error(`Response of ${path} does not match the contract`, parsed.error.issues);
    throw new ApiError(
      'invalid_response',
      `Unexpected response shape from ${path}`,
      response.status,
    );
  }
  return parsed.data;
}

export function getJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  return requestJson(path, schema, options);
}

/** A JSON body in, a parsed answer out: saves, and reads whose input does not fit a URL. */
export function postJson<S extends z.ZodType>(
  path: string,
  body: unknown,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  return requestJson(path, schema, { ...options, method: 'POST', body });
}

/** A correction: the changed fields in, the updated node out. */
export function patchJson<S extends z.ZodType>(
  path: string,
  body: unknown,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  return requestJson(path, schema, { ...options, method: 'PATCH', body });
}

/** Removes what the path names; the answer says what went. */
export function deleteJson<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  return requestJson(path, schema, { ...options, method: 'DELETE' });
}
