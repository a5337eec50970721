import type { GraphEdge, GraphNode, WhoSaidWhatPair } from '@parley/graph-schema';
import { useExplorerData } from './explorer-data';

/** The who-said-what pair behind the selected SAID_TO edge. */
export function useSelectedPair(): WhoSaidWhatPair | null {
  const { state, pairs } = useExplorerData();
  const selection = state.selection;
  if (selection?.type !== 'pair') return null;
  return (
    pairs.find(
      (p) => p.speaker.id === selection.speakerId && p.addressee.id === selection.addresseeId,
    ) ?? null
  );
}

export type SelectedEdge = {
  edge: GraphEdge;
  source: GraphNode | undefined;
  target: GraphNode | undefined;
};

/** The selected relationship with both of its ends, from what the canvas has loaded. */
export function useSelectedEdge(): SelectedEdge | null {
  const { state, graph } = useExplorerData();
  const selection = state.selection;
  if (selection?.type !== 'edge') return null;
  const edge = graph.index.edges.get(selection.id);
  if (!edge) return null;
  return {
    edge,
    source: graph.index.nodes.get(edge.source),
    target: graph.index.nodes.get(edge.target),
  };
}
