import type { Core, ElementDefinition, Position } from 'cytoscape';
import type { CanvasEdge, CanvasElements, CanvasNode } from '../state/canvas-elements';
import { LABEL_HIDDEN } from './label-layer';
import { NODE_SIZE_PX } from './stylesheet';

/** Where nodes were when they left the canvas, so undo or a filter brings them back in place. */
export type PositionMemory = Map<string, Position>;

export type SyncResult = { addedNodeIds: string[]; removedNodeIds: string[]; hadNodes: boolean };

const GOLDEN_ANGLE_RAD = Math.PI * (3 - Math.sqrt(5));
const CHILD_RING_BASE_PX = 70;
const CHILD_RING_STEP_PX = 9;

const nodeData = (node: CanvasNode) => ({
  id: node.id,
  kind: node.kind,
  label: node.label,
  lang: node.lang ?? '',
  highlighted: node.highlighted,
  extracted: node.extracted,
  reviewed: node.reviewed,
  width: NODE_SIZE_PX[node.kind].width * (node.scale ?? 1),
  height: NODE_SIZE_PX[node.kind].height * (node.scale ?? 1),
  fill: node.colour?.fill ?? '',
  stroke: node.colour?.stroke ?? '',
});

const edgeData = (edge: CanvasEdge) => ({
  id: edge.id,
  type: edge.type,
  source: edge.source,
  target: edge.target,
  weight: edge.weight,
  highlighted: edge.highlighted,
  extracted: edge.extracted,
  reviewed: edge.reviewed,
});

/** The k-th new node around a parent: a sunflower spiral, deterministic and without overlaps. */
export function aroundParent(parent: Position, k: number): Position {
  const radius = CHILD_RING_BASE_PX + CHILD_RING_STEP_PX * Math.sqrt(k);
  const angle = k * GOLDEN_ANGLE_RAD;
  return { x: parent.x + radius * Math.cos(angle), y: parent.y + radius * Math.sin(angle) };
}

function viewportCentre(cy: Core): Position {
  const box = cy.extent();
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

function sameData(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  return Object.entries(next).every(([key, value]) => current[key] === value);
}

/**
 * Makes the Cytoscape graph equal to `target` with the fewest changes: removes what left, adds
 * what came (next to its parent, or where it was before), updates data in place. Nodes already
 * there keep their positions.
 */
export function syncElements(cy: Core, target: CanvasElements, memory: PositionMemory): SyncResult {
  const hadNodes = cy.nodes().nonempty();
  const nodeIds = new Set(target.nodes.map((n) => n.id));
  const edgeIds = new Set(target.edges.map((e) => e.id));
  const removedNodeIds: string[] = [];
  const addedNodeIds: string[] = [];

  cy.batch(() => {
    cy.edges().forEach((edge) => {
      if (!edgeIds.has(edge.id())) edge.remove();
    });
    cy.nodes().forEach((node) => {
      if (nodeIds.has(node.id())) return;
      memory.set(node.id(), { ...node.position() });
      removedNodeIds.push(node.id());
      node.remove();
    });

    const childCount = new Map<string, number>();
    const neighbourOf = new Map<string, string>();
    for (const edge of target.edges) {
      neighbourOf.set(edge.source, neighbourOf.get(edge.source) ?? edge.target);
      neighbourOf.set(edge.target, neighbourOf.get(edge.target) ?? edge.source);
    }
    const placed = new Map<string, Position>();
    const placeNear = (anchorId: string | undefined): Position | undefined => {
      if (!anchorId) return undefined;
      const anchor = cy.getElementById(anchorId);
      const anchorPosition = anchor.nonempty() ? anchor.position() : placed.get(anchorId);
      if (!anchorPosition) return undefined;
      const k = childCount.get(anchorId) ?? 0;
      childCount.set(anchorId, k + 1);
      return aroundParent(anchorPosition, k);
    };

    const additions: ElementDefinition[] = [];
    for (const node of target.nodes) {
      const existing = cy.getElementById(node.id);
      if (existing.nonempty()) {
        const data = nodeData(node);
        if (!sameData(existing.data(), data)) existing.data(data);
        continue;
      }
      const position =
        memory.get(node.id) ??
        placeNear(target.parentOf.get(node.id)) ??
        placeNear(neighbourOf.get(node.id)) ??
        aroundParent(viewportCentre(cy), addedNodeIds.length);
      placed.set(node.id, position);
      // Unlabelled until the label plan makes room (the next frame), so labels never pile up.
      additions.push({
        group: 'nodes',
        data: nodeData(node),
        position: { ...position },
        classes: LABEL_HIDDEN,
      });
      addedNodeIds.push(node.id);
    }
    if (additions.length > 0) cy.add(additions);

    const edgeAdditions: ElementDefinition[] = [];
    for (const edge of target.edges) {
      const existing = cy.getElementById(edge.id);
      if (existing.nonempty()) {
        const data = edgeData(edge);
        if (!sameData(existing.data(), data)) existing.data(data);
      } else if (nodeIds.has(edge.source) && nodeIds.has(edge.target)) {
        edgeAdditions.push({ group: 'edges', data: edgeData(edge) });
      }
    }
    if (edgeAdditions.length > 0) cy.add(edgeAdditions);
  });

  return { addedNodeIds, removedNodeIds, hadNodes };
}
