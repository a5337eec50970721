import { API_LIMITS, graphResponseSchema, type GraphResponse } from '@parley/graph-schema';
import { queryOptions } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client';

export const OVERVIEW_LIMIT_NODES = API_LIMITS.graphDefault;

export function getOverview(limit: number, signal?: AbortSignal): Promise<GraphResponse> {
  return getJson('/graph', graphResponseSchema, { params: { limit }, signal });
}

export const overviewKeys = {
  all: ['graph'] as const,
  overview: (limit: number) => ['graph', 'overview', { limit }] as const,
};

export const overviewQueryOptions = (limit: number = OVERVIEW_LIMIT_NODES) =>
  queryOptions({
    queryKey: overviewKeys.overview(limit),
    queryFn: ({ signal }) => getOverview(limit, signal),
  });
