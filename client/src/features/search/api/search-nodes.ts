import { API_LIMITS, searchResponseSchema, type SearchResponse } from '@parley/graph-schema';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client';

export const SEARCH_RESULTS_LIMIT = API_LIMITS.searchDefault;

export function searchNodes(
  q: string,
  limit: number,
  signal?: AbortSignal,
): Promise<SearchResponse> {
  return getJson('/search', searchResponseSchema, { params: { q, limit }, signal });
}

export const searchKeys = {
  all: ['search'] as const,
  query: (q: string, limit: number) => ['search', { q, limit }] as const,
};

export const searchQueryOptions = (q: string, limit: number = SEARCH_RESULTS_LIMIT) =>
  queryOptions({
    queryKey: searchKeys.query(q, limit),
    queryFn: ({ signal }) => searchNodes(q, limit, signal),
  });

/** Keeps the previous results on screen while the next keystroke's answer is on its way. */
export const useSearch = (q: string) =>
  useQuery({
    ...searchQueryOptions(q),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
  });
