import type { WhoSaidWhatPair } from '@parley/graph-schema';
import { createContext, use, useMemo, type ReactNode } from 'react';
import { useArticleTitles } from '../api/get-article-titles';
import { useWhoSaidWhat } from '../api/get-who-said-what';
import { fromVisibleGraph, fromWhoSaidWhat, type CanvasElements } from '../state/canvas-elements';
import type { CanvasState } from '../state/canvas-state';
import { useCanvasPresent } from '../state/canvas-store';
import {
  applyFilters,
  articleOf,
  countFacets,
  countKinds,
  type FacetCounts,
} from '../state/filters';
import type { GraphIndex } from '../state/graph-index';
import { emphasise } from '../state/node-emphasis';
import { pathHighlight, useShownPath } from '../state/path-store';
import { computeVisibleGraph, type VisibleGraph } from '../state/visible-graph';
import { useCanvasGraph, type CanvasGraph } from './use-canvas-graph';

export type ExplorerData = {
  state: CanvasState;
  graph: CanvasGraph;
  /** What the canvas state puts on screen before filters. */
  visible: VisibleGraph;
  facets: FacetCounts;
  /** What Cytoscape draws. */
  elements: CanvasElements;
  pairs: readonly WhoSaidWhatPair[];
  pairsStatus: 'idle' | 'pending' | 'error' | 'success';
  pairsError: Error | null;
};

function articleTitles(index: GraphIndex, fetched: ReadonlyMap<string, string>) {
  const titles = new Map(fetched);
  index.nodes.forEach((node) => node.kind === 'article' && titles.set(node.id, node.label));
  return titles;
}

/** Articles that facts on the canvas cite but that were not loaded themselves, sorted. */
function untitledArticleIds(index: GraphIndex): string[] {
  const cited = new Set<string>();
  index.nodes.forEach((node) => {
    const article = articleOf(node);
    if (article && !index.nodes.has(article)) cited.add(article);
  });
  return [...cited].sort();
}

const ExplorerDataContext = createContext<ExplorerData | null>(null);

/** Derives what the canvas shows once per state or data change, for every explorer component. */
export function ExplorerDataProvider({ children }: { children: ReactNode }) {
  const state = useCanvasPresent();
  const graph = useCanvasGraph(state);
  const whoSaidWhat = useWhoSaidWhat(state.mode === 'who-said-what');
  const pairs = whoSaidWhat.data?.pairs;
  const shownPath = useShownPath();
  const untitled = useMemo(() => untitledArticleIds(graph.index), [graph.index]);
  const fetchedTitles = useArticleTitles(untitled);

  const value = useMemo<ExplorerData>(() => {
    const visible = computeVisibleGraph(state, graph.index);
    const path = pathHighlight(shownPath);
    const highlighted = new Set([
      ...(state.threadStatementId ? graph.index.threadNodeIds : []),
      ...path.nodeIds,
    ]);
    const wsw = state.mode === 'who-said-what';
    const drawn = wsw
      ? fromWhoSaidWhat(pairs ?? [], state.filters.hiddenKinds, state.hiddenNodeIds)
      : fromVisibleGraph(applyFilters(visible, state.filters), highlighted, path.edgeIds);
    const elements = emphasise(drawn, state.nodeSize, state.nodeColour);
    const facets = countFacets(visible, articleTitles(graph.index, fetchedTitles));
    if (wsw) facets.kinds = countKinds(fromWhoSaidWhat(pairs ?? [], [], state.hiddenNodeIds).nodes);
    return {
      state,
      graph,
      visible,
      facets,
      elements,
      pairs: pairs ?? [],
      pairsStatus: state.mode !== 'who-said-what' && !pairs ? 'idle' : whoSaidWhat.status,
      pairsError: whoSaidWhat.error,
    };
  }, [state, graph, pairs, whoSaidWhat.status, whoSaidWhat.error, shownPath, fetchedTitles]);

  return <ExplorerDataContext value={value}>{children}</ExplorerDataContext>;
}

export function useExplorerData(): ExplorerData {
  const data = use(ExplorerDataContext);
  if (!data) throw new Error('useExplorerData needs an ExplorerDataProvider above it');
  return data;
}
