import { nodeResponseSchema, type GraphNode } from '@parley/graph-schema';
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { getJson, pathSegment } from '../../../lib/api-client';

/** One node with every property, an article's full text included. */
export async function getNode(id: string, signal?: AbortSignal): Promise<GraphNode> {
  const { node } = await getJson(`/nodes/${pathSegment(id)}`, nodeResponseSchema, { signal });
  return node;
}

export const nodeKeys = {
  all: ['nodes'] as const,
  detail: (id: string) => ['nodes', id] as const,
};

export const nodeQueryOptions = (id: string) =>
  queryOptions({
    queryKey: nodeKeys.detail(id),
    queryFn: ({ signal }) => getNode(id, signal),
  });

export const useNode = (id: string | undefined) =>
  useQuery({ ...nodeQueryOptions(id ?? ''), enabled: id !== undefined });

export const useNodes = (ids: readonly string[]) =>
  useQueries({ queries: ids.map((id) => nodeQueryOptions(id)) });
