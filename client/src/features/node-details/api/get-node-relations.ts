import {
  API_LIMITS,
  neighborhoodResponseSchema,
  type NeighborhoodResponse,
} from '@parley/graph-schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson, pathSegment } from '../../../lib/api-client';

/**
 * Everything around a node, for its panel. The key has the same shape as the canvas's
 * neighbourhood pages (['nodes', id, 'neighborhood', params]), so a node placed on the canvas
 * and shown in the panel is fetched once.
 */
export type RelationsDepth = 1 | 2;

const paramsFor = (depth: RelationsDepth) => ({
  depth,
  limit: API_LIMITS.neighborhoodMax,
  offset: 0,
});

export function getNodeRelations(
  id: string,
  depth: RelationsDepth,
  signal?: AbortSignal,
): Promise<NeighborhoodResponse> {
  return getJson(`/nodes/${pathSegment(id)}/neighborhood`, neighborhoodResponseSchema, {
    params: paramsFor(depth),
    signal,
  });
}

export const nodeRelationsQueryOptions = (id: string, depth: RelationsDepth = 1) =>
  queryOptions({
    queryKey: ['nodes', id, 'neighborhood', paramsFor(depth)] as const,
    queryFn: ({ signal }) => getNodeRelations(id, depth, signal),
  });

export const useNodeRelations = (id: string | undefined, depth: RelationsDepth = 1) =>
  useQuery({ ...nodeRelationsQueryOptions(id ?? '', depth), enabled: id !== undefined });
