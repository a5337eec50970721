import {
  API_LIMITS,
  neighborhoodResponseSchema,
  type NeighborhoodResponse,
  type RelType,
} from '@parley/graph-schema';
import { queryOptions } from '@tanstack/react-query';
import { getJson, pathSegment } from '../../../lib/api-client';

/** Nodes one "expand" or "show more" adds: enough to be useful, few enough to stay readable. */
export const EXPANSION_PAGE_NODES = 10;

export type NeighborhoodParams = {
  depth: number;
  limit: number;
  offset: number;
  /** Comma-separated relationship types to expand along; all when absent. */
  types?: string;
};

export function getNeighborhood(
  id: string,
  params: NeighborhoodParams,
  signal?: AbortSignal,
): Promise<NeighborhoodResponse> {
  return getJson(`/nodes/${pathSegment(id)}/neighborhood`, neighborhoodResponseSchema, {
    params,
    signal,
  });
}

/** Keys live under ['nodes', id] so everything known about one node can be invalidated at once. */
export const neighborhoodKeys = {
  ofNode: (id: string) => ['nodes', id, 'neighborhood'] as const,
  page: (id: string, params: NeighborhoodParams) => ['nodes', id, 'neighborhood', params] as const,
};

export const neighborhoodQueryOptions = (id: string, params: NeighborhoodParams) =>
  queryOptions({
    queryKey: neighborhoodKeys.page(id, params),
    queryFn: ({ signal }) => getNeighborhood(id, params, signal),
  });

/** Page `page` (0-based) of a node's expansion, along `types` only when given. */
export const expansionPageParams = (
  page: number,
  types?: readonly RelType[],
): NeighborhoodParams => ({
  depth: 1,
  limit: EXPANSION_PAGE_NODES,
  offset: page * EXPANSION_PAGE_NODES,
  types: types?.join(','),
});

/** Everything around one node, for a node placed on its own: its edges to what is already shown. */
export const NODE_RELATIONS_PARAMS: NeighborhoodParams = {
  depth: 1,
  limit: API_LIMITS.neighborhoodMax,
  offset: 0,
};
