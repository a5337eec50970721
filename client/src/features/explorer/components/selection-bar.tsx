import type { ReactNode } from 'react';
import type { ExportSource } from '../../../lib/view-export';
import { useCanvasCommands } from '../data/use-canvas-commands';
import { useNodeSelection } from '../data/use-node-selection';
import { useSelectionExportSource } from '../data/use-selection-export-source';
import { togglePinned, usePinnedNodes } from '../state/node-selection-store';

export type RenderSelectionExport = (source: ExportSource) => ReactNode;

/** What to do with several selected nodes at once; shown while more than one is selected. */
export function SelectionBar({ renderExport }: { renderExport: RenderSelectionExport }) {
  const { ids } = useNodeSelection();
  const commands = useCanvasCommands();
  const pinned = usePinnedNodes();
  const exportSource = useSelectionExportSource(ids);
  if (ids.length < 2) return null;
  const allPinned = ids.every((id) => pinned.has(id));
  return (
    <div className="selection-bar" role="group" aria-label="Selected nodes">
      <span className="selection-count">{ids.length} selected</span>
      <button type="button" onClick={() => commands.hideAll(ids)}>
        Hide
      </button>
      <button type="button" onClick={() => commands.expandAll(ids)}>
        Expand
      </button>
      <button type="button" aria-pressed={allPinned} onClick={() => togglePinned(ids)}>
        Pin
      </button>
      {renderExport(exportSource)}
      <button type="button" onClick={() => commands.select(null)}>
        Clear
      </button>
    </div>
  );
}
