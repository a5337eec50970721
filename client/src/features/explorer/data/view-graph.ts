import type { WhoSaidWhatPair } from '@parley/graph-schema';
import type { ViewGraph } from '../../../lib/view-export';
import { SAID_TO, type CanvasElements } from '../state/canvas-elements';
import type { GraphIndex } from '../state/graph-index';

/**
 * What the canvas draws, with each element's properties: nodes and edges from the loaded
 * data, who-said-what pairs as SAID_TO edges carrying their count and statements.
 */
export function viewGraphOf(
  elements: CanvasElements,
  index: GraphIndex,
  pairs: readonly WhoSaidWhatPair[],
): ViewGraph {
  const pairOf = new Map(pairs.map((p) => [`${p.speaker.id}\n${p.addressee.id}`, p]));
  return {
    nodes: elements.nodes.map(
      (node) =>
        index.nodes.get(node.id) ?? {
          id: node.id,
          kind: node.kind,
          label: node.label,
          properties: {},
        },
    ),
    edges: elements.edges.map((edge) => {
      const { id, type, source, target } = edge;
      if (type === SAID_TO) {
        const pair = pairOf.get(`${source}\n${target}`);
        const statementIds = pair?.statementIds ?? [];
        return { id, type, source, target, properties: { count: edge.weight, statementIds } };
      }
      return index.edges.get(id) ?? { id, type, source, target, properties: {} };
    }),
  };
}
