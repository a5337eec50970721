import type { QueryClient } from '@tanstack/react-query';

/**
 * Every query this client makes answers from the graph, and a correction reaches further than
 * the node it names: a rename relabels the party's statements and its search hits, a new speaker
 * moves degrees (the overview's ranking), who-said-what counts and two neighbourhoods, a merge
 * or an article removal changes whatever touched them. So after a write everything is marked
 * stale: what is on screen refetches at once, the rest when it is next shown.
 */
export function afterGraphChange(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries();
}
