import type { GraphPath } from '@parley/graph-schema';
import { createStore, useStore } from '../../../lib/create-store';

/**
 * The chain between two parties drawn highlighted on the canvas, if any. Its nodes join the
 * canvas state (undoable, shared with the view); the highlight is a passing look and is not.
 */
export type ShownPath = { fromName: string; toName: string; path: GraphPath };

export const pathStore = createStore<{ shown: ShownPath | null }>({ shown: null });

export const showPath = (shown: ShownPath | null) => pathStore.update(() => ({ shown }));

const selectShown = (state: { shown: ShownPath | null }) => state.shown;
export const useShownPath = () => useStore(pathStore, selectShown);

/** The node and edge ids a shown path highlights. */
export function pathHighlight(shown: ShownPath | null): {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
} {
  return {
    nodeIds: new Set(shown?.path.nodes.map((n) => n.id) ?? []),
    edgeIds: new Set(shown?.path.edges.map((e) => e.id) ?? []),
  };
}
