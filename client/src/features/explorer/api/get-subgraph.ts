import { API_LIMITS, subgraphResponseSchema, type SubgraphResponse } from '@parley/graph-schema';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { postJson } from '../../../lib/api-client';

export const SUBGRAPH_MAX_IDS = API_LIMITS.subgraphIdsMax;

export function getSubgraph(
  ids: readonly string[],
  signal?: AbortSignal,
): Promise<SubgraphResponse> {
  return postJson('/subgraph', { ids }, subgraphResponseSchema, { signal });
}

/** Sorted, so the same set of nodes is one cache entry whatever order it was built in. */
export const subgraphKeys = {
  ofIds: (sortedIds: readonly string[]) => ['subgraph', sortedIds] as const,
};

/**
 * The nodes of a set and every edge among them. While a new set loads, the previous answer
 * stays, so edges already drawn do not blink out on every expansion.
 */
export const subgraphQueryOptions = (sortedIds: readonly string[]) =>
  queryOptions({
    queryKey: subgraphKeys.ofIds(sortedIds),
    queryFn: ({ signal }) => getSubgraph(sortedIds, signal),
    placeholderData: keepPreviousData,
  });
