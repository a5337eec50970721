import type { NodeKind, RelType, WhoSaidWhatPair } from '@parley/graph-schema';
import { factSource, stringProp } from '../../../lib/graph-properties';
import type { VisibleGraph } from './visible-graph';

/** Who-said-what folds statements into one weighted edge per speaker and addressee. */
export const SAID_TO = 'SAID_TO';
export type CanvasEdgeType = RelType | typeof SAID_TO;

export type CanvasNode = {
  id: string;
  kind: NodeKind;
  label: string;
  lang: string | undefined;
  highlighted: boolean;
  /** Found by the extractor rather than curated: drawn dashed. */
  extracted: boolean;
  /** Extracted, then checked or corrected by a person: drawn with a double outline. */
  reviewed: boolean;
  /** Times its kind's size, when the legend sizes nodes by what matters (node-emphasis.ts). */
  scale?: number;
  /** Its colours, when the legend colours nodes by something other than their kind. */
  colour?: { fill: string; stroke: string };
};

export type CanvasEdge = {
  id: string;
  type: CanvasEdgeType;
  source: string;
  target: string;
  /** Statements behind a SAID_TO edge; 1 for every other edge. */
  weight: number;
  highlighted: boolean;
  extracted: boolean;
  reviewed: boolean;
};

export type CanvasElements = {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  parentOf: ReadonlyMap<string, string>;
};

/**
 * What Cytoscape draws of the visible graph. `highlighted` nodes are drawn highlighted, with the
 * replies among them; `highlightedEdges` names other edges to highlight (a chosen path's).
 */
export function fromVisibleGraph(
  graph: VisibleGraph,
  highlighted: ReadonlySet<string>,
  highlightedEdges: ReadonlySet<string> = new Set(),
): CanvasElements {
  return {
    nodes: graph.nodes.map((node) => ({
      id: node.id,
      kind: node.kind,
      label: node.label,
      lang: stringProp(node, 'lang'),
      highlighted: highlighted.has(node.id),
      extracted: factSource(node) === 'extracted',
      reviewed: factSource(node) === 'reviewed',
    })),
    edges: graph.edges.map((edge) => ({
      id: edge.id,
      type: edge.type,
      source: edge.source,
      target: edge.target,
      weight: 1,
      highlighted:
        highlightedEdges.has(edge.id) ||
        (edge.type === 'RESPONDS_TO' &&
          highlighted.has(edge.source) &&
          highlighted.has(edge.target)),
      extracted: factSource(edge) === 'extracted',
      reviewed: factSource(edge) === 'reviewed',
    })),
    parentOf: graph.parentOf,
  };
}

export const pairEdgeId = (speakerId: string, addresseeId: string) =>
  `${SAID_TO}:${speakerId}->${addresseeId}`;

export function fromWhoSaidWhat(
  pairs: readonly WhoSaidWhatPair[],
  hiddenKinds: readonly NodeKind[],
  hiddenNodeIds: readonly string[],
): CanvasElements {
  const hidden = new Set(hiddenNodeIds);
  const nodes = new Map<string, CanvasNode>();
  const edges: CanvasEdge[] = [];
  for (const pair of pairs) {
    const ends = [pair.speaker, pair.addressee];
    if (ends.some((p) => hiddenKinds.includes(p.kind) || hidden.has(p.id))) continue;
    for (const party of ends) {
      if (!nodes.has(party.id))
        nodes.set(party.id, {
          id: party.id,
          kind: party.kind,
          label: party.label,
          lang: undefined,
          highlighted: false,
          extracted: false,
          reviewed: false,
        });
    }
    edges.push({
      id: pairEdgeId(pair.speaker.id, pair.addressee.id),
      type: SAID_TO,
      source: pair.speaker.id,
      target: pair.addressee.id,
      weight: pair.count,
      highlighted: false,
      extracted: false,
      reviewed: false,
    });
  }
  return { nodes: [...nodes.values()], edges, parentOf: new Map() };
}
