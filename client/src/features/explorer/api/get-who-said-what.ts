import {
  API_LIMITS,
  whoSaidWhatResponseSchema,
  type WhoSaidWhatResponse,
} from '@parley/graph-schema';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client';

export const WHO_SAID_WHAT_LIMIT_PAIRS = API_LIMITS.whoSaidWhatMax;

export function getWhoSaidWhat(limit: number, signal?: AbortSignal): Promise<WhoSaidWhatResponse> {
  return getJson('/who-said-what', whoSaidWhatResponseSchema, { params: { limit }, signal });
}

export const whoSaidWhatKeys = {
  all: ['who-said-what'] as const,
  pairs: (limit: number) => ['who-said-what', { limit }] as const,
};

export const whoSaidWhatQueryOptions = (limit: number = WHO_SAID_WHAT_LIMIT_PAIRS) =>
  queryOptions({
    queryKey: whoSaidWhatKeys.pairs(limit),
    queryFn: ({ signal }) => getWhoSaidWhat(limit, signal),
  });

export const useWhoSaidWhat = (enabled: boolean) =>
  useQuery({ ...whoSaidWhatQueryOptions(), enabled });
