import { chainResponseSchema, type ChainResponse } from '@parley/graph-schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson, pathSegment } from '../../../lib/api-client';

export function getChain(statementId: string, signal?: AbortSignal): Promise<ChainResponse> {
  return getJson(`/statements/${pathSegment(statementId)}/chain`, chainResponseSchema, { signal });
}

export const chainKeys = {
  ofStatement: (id: string) => ['statements', id, 'chain'] as const,
};

export const chainQueryOptions = (statementId: string) =>
  queryOptions({
    queryKey: chainKeys.ofStatement(statementId),
    queryFn: ({ signal }) => getChain(statementId, signal),
  });

export const useChain = (statementId: string | null) =>
  useQuery({ ...chainQueryOptions(statementId ?? ''), enabled: statementId !== null });
