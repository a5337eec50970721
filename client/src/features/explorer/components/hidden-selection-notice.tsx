import { useExplorerData } from '../data/explorer-data';
import { useCanvasCommands } from '../data/use-canvas-commands';
import { filtersHiding, filtersShowing } from '../state/filter-reveal';

/**
 * The selected node is on the canvas but a filter hides it (a search result, a link followed):
 * says which filters, and offers to change just those.
 */
export function HiddenSelectionNotice() {
  const { state, graph, visible } = useExplorerData();
  const commands = useCanvasCommands();
  const id = state.selection?.type === 'node' ? state.selection.id : undefined;
  const node = id === undefined ? undefined : graph.index.nodes.get(id);
  if (!node || state.mode === 'who-said-what' || !visible.nodes.some((n) => n.id === node.id))
    return null;
  const reasons = filtersHiding(node, state.filters);
  if (reasons.length === 0) return null;
  return (
    <div className="hidden-selection-notice" role="status" data-testid="hidden-selection-notice">
      <p>
        <strong>{node.label}</strong> is hidden by the filters: {reasons.join(', ')}.
      </p>
      <button
        type="button"
        onClick={() => commands.updateFilters(filtersShowing(node, state.filters))}
      >
        Show it
      </button>
    </div>
  );
}
