import { pathResponseSchema, type PathResponse } from '@parley/graph-schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client';

export function getPaths(from: string, to: string, signal?: AbortSignal): Promise<PathResponse> {
  return getJson('/path', pathResponseSchema, { params: { from, to }, signal });
}

export const pathKeys = {
  between: (from: string, to: string) => ['path', from, to] as const,
};

export const pathQueryOptions = (from: string, to: string) =>
  queryOptions({
    queryKey: pathKeys.between(from, to),
    queryFn: ({ signal }) => getPaths(from, to, signal),
  });

/** The shortest chains from one party to another, once the other is chosen. */
export const usePaths = (from: string, to: string | null) =>
  useQuery({ ...pathQueryOptions(from, to ?? ''), enabled: to !== null });
