import { useExplorerData } from '../data/explorer-data';
import { useCanvasCommands } from '../data/use-canvas-commands';
import { VIEW_LAYOUTS, type ViewLayout } from '@parley/graph-schema';
import { effectiveLayout } from '../state/canvas-state';
import { useCanRedo, useCanUndo } from '../state/canvas-store';
import { SHORTCUT_HINTS } from './shortcut-hints';

const LAYOUT_LABELS: Record<ViewLayout, string> = {
  fcose: 'Force (fcose)',
  concentric: 'Around focus',
  dagre: 'Hierarchy (dagre)',
};

/** Canvas commands for the selected node, undo/redo and the view. */
export function CanvasToolbar() {
  const { state, graph, visible } = useExplorerData();
  const commands = useCanvasCommands();
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();

  const selectedId = state.selection?.type === 'node' ? state.selection.id : null;
  const onCanvas = selectedId !== null && visible.nodes.some((n) => n.id === selectedId);
  const exploring = state.mode === 'explore';
  const expanded = selectedId !== null && state.expansions.some((e) => e.nodeId === selectedId);
  const truncated = selectedId !== null && graph.index.truncatedExpansions.has(selectedId);
  const shownByExpansion = selectedId
    ? (graph.index.expansionNodeIds.get(selectedId)?.length ?? 0)
    : 0;
  const nodeActions = exploring && onCanvas && selectedId !== null;

  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas">
      <div className="toolbar-group">
        <button
          type="button"
          onClick={commands.undo}
          disabled={!canUndo}
          title={`Undo (${SHORTCUT_HINTS.undo})`}
          aria-keyshortcuts="Control+Z"
        >
          ↶ Undo
        </button>
        <button
          type="button"
          onClick={commands.redo}
          disabled={!canRedo}
          title={`Redo (${SHORTCUT_HINTS.redo})`}
          aria-keyshortcuts="Control+Shift+Z"
        >
          ↷ Redo
        </button>
      </div>
      <div className="toolbar-group">
        {truncated && expanded ? (
          <button
            type="button"
            disabled={!nodeActions}
            onClick={() => selectedId && commands.showMore(selectedId)}
            title={`${shownByExpansion} neighbours shown; load the next page (${SHORTCUT_HINTS.expand})`}
          >
            ⊕ Show more
          </button>
        ) : (
          <button
            type="button"
            disabled={!nodeActions || expanded}
            onClick={() => selectedId && commands.expand(selectedId)}
            title={`Expand the selected node's neighbourhood (${SHORTCUT_HINTS.expand}, or double-click)`}
            aria-keyshortcuts="E"
          >
            ⊕ Expand
          </button>
        )}
        <button
          type="button"
          disabled={!nodeActions || !expanded}
          onClick={() => selectedId && commands.collapse(selectedId)}
          title={`Remove what expanding this node added (${SHORTCUT_HINTS.collapse})`}
          aria-keyshortcuts="C"
        >
          ⊖ Collapse
        </button>
        <button
          type="button"
          disabled={!nodeActions}
          onClick={() => selectedId && commands.hide(selectedId)}
          title={`Hide the selected node (${SHORTCUT_HINTS.hide})`}
          aria-keyshortcuts="H Delete"
        >
          Hide
        </button>
        {state.hiddenNodeIds.length > 0 && exploring && (
          <button type="button" onClick={commands.unhideAll}>
            Show {state.hiddenNodeIds.length} hidden
          </button>
        )}
      </div>
      <div className="toolbar-group">
        <label className="toolbar-select">
          <span>Layout</span>
          <select
            value={effectiveLayout(state)}
            disabled={state.mode === 'thread'}
            onChange={(event) => commands.setLayout(event.target.value as ViewLayout)}
          >
            {VIEW_LAYOUTS.map((name) => (
              <option
                key={name}
                value={name}
                disabled={name === 'dagre' && state.mode === 'who-said-what'}
              >
                {LAYOUT_LABELS[name]}
              </option>
            ))}
          </select>
        </label>
        {exploring && (
          <button
            type="button"
            onClick={state.showOverview ? commands.clear : commands.showOverview}
            title={state.showOverview ? 'Start from an empty canvas' : 'Bring back the first view'}
          >
            {state.showOverview ? 'Clear' : 'Overview'}
          </button>
        )}
      </div>
    </div>
  );
}
