import type { QueryClient } from '@tanstack/react-query';
import { overviewQueryOptions } from '../api/get-overview';
import { preloadDefaultLayout } from '../cytoscape/layouts';
import { canvasStore } from '../state/canvas-store';

/**
 * Asks for the first view's data and layout code before React renders the page, when the
 * opened address shows the first view: both are on their way during the first render instead
 * of after it. The canvas then finds the answer in the query cache.
 */
export function startFirstView(queryClient: QueryClient): void {
  if (!canvasStore.get().present.showOverview) return;
  void queryClient.prefetchQuery(overviewQueryOptions());
  void preloadDefaultLayout().catch(() => undefined);
}
