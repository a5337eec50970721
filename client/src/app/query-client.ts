import { QueryClient } from '@tanstack/react-query';
import { isRetriable } from '../lib/api-error';

const MINUTE_MS = 60_000;
const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The graph changes only when something is ingested, and a canvas that reshuffles on
        // its own loses the reader's place.
        staleTime: 5 * MINUTE_MS,
        refetchOnWindowFocus: false,
        // Undo brings back earlier expansions: keep their answers around long enough.
        gcTime: 30 * MINUTE_MS,
        // A 404 or a bad request fails the same way again; an outage may pass.
        retry: (failureCount, error) => isRetriable(error) && failureCount < MAX_RETRIES,
      },
    },
  });
}
