import { useMemo } from 'react';
import type { ExportSource } from '../../../lib/view-export';
import { useCytoscape } from '../controllers/cytoscape-context';
import { renderPngOf } from '../cytoscape/scene';
import { narrowExportSource } from './selection-export';
import { useExportSource } from './use-export-source';

/** The export menu's source for the selected nodes only. */
export function useSelectionExportSource(ids: readonly string[]): ExportSource {
  const cy = useCytoscape();
  const source = useExportSource();
  return useMemo(() => {
    const selected = new Set(ids);
    return narrowExportSource(source, selected, (scale) => renderPngOf(cy, selected, scale));
  }, [cy, source, ids]);
}
