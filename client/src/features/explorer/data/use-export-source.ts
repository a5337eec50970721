import { slugify } from '@parley/graph-schema';
import { useMemo } from 'react';
import type { ExportSource } from '../../../lib/view-export';
import { useCytoscape } from '../controllers/cytoscape-context';
import { readScene, renderPng } from '../cytoscape/scene';
import { placementStore } from '../state/placement-store';
import { toViewState } from '../state/view-state';
import { useExplorerData } from './explorer-data';
import { useViewTitle } from './use-view-title';
import { viewGraphOf } from './view-graph';

/** The canvas as the export menu needs it: its graph now, its drawing when asked. */
export function useExportSource(): ExportSource {
  const cy = useCytoscape();
  const { elements, graph, pairs, state } = useExplorerData();
  const title = useViewTitle();
  return useMemo(
    () => ({
      graph: viewGraphOf(elements, graph.index, pairs),
      positions: () => new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])),
      scene: () => readScene(cy),
      viewState: () => toViewState(state, placementStore.get()),
      png: (scale: number) => renderPng(cy, scale),
      baseName: `parley-${slugify(title ?? 'view') || 'view'}`,
    }),
    [cy, elements, graph.index, pairs, state, title],
  );
}
