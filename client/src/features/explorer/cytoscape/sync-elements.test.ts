import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { CanvasEdge, CanvasElements, CanvasNode } from '../state/canvas-elements';
import { aroundParent, syncElements, type PositionMemory } from './sync-elements';

const n = (id: string, label = id): CanvasNode => ({
  id,
  kind: 'actor',
  label,
  lang: undefined,
  highlighted: false,
  extracted: false,
  reviewed: false,
});
const e = (source: string, target: string): CanvasEdge => ({
  id: `MEETS_WITH:${source}->${target}`,
  type: 'MEETS_WITH',
  source,
  target,
  weight: 1,
  highlighted: false,
  extracted: false,
  reviewed: false,
});
const elements = (
  nodes: CanvasNode[],
  edges: CanvasEdge[] = [],
  parentOf: [string, string][] = [],
): CanvasElements => ({
  nodes,
  edges,
  parentOf: new Map(parentOf),
});

describe('syncElements', () => {
  it('adds, updates and removes by id without touching what stays', () => {
    const cy = cytoscape({ headless: true });
    const memory: PositionMemory = new Map();
    const first = syncElements(cy, elements([n('a'), n('b')], [e('a', 'b')]), memory);
    expect(first).toMatchObject({ addedNodeIds: ['a', 'b'], hadNodes: false });
    const a = cy.getElementById('a');
    a.position({ x: 500, y: 300 });

    const second = syncElements(
      cy,
      elements([n('a', 'Renamed'), n('c')], [e('a', 'c')], [['c', 'a']]),
      memory,
    );
    expect(second).toMatchObject({ addedNodeIds: ['c'], removedNodeIds: ['b'], hadNodes: true });
    expect(cy.getElementById('a')).toBe(a);
    expect(a.position()).toEqual({ x: 500, y: 300 });
    expect(a.data('label')).toBe('Renamed');
    expect(cy.edges().map((edge) => edge.id())).toEqual(['MEETS_WITH:a->c']);
    expect(cy.getElementById('c').position()).toEqual(aroundParent({ x: 500, y: 300 }, 0));
  });

  it('brings a removed node back where it was', () => {
    const cy = cytoscape({ headless: true });
    const memory: PositionMemory = new Map();
    syncElements(cy, elements([n('a'), n('b')]), memory);
    cy.getElementById('b').position({ x: -40, y: 90 });
    syncElements(cy, elements([n('a')]), memory);
    syncElements(cy, elements([n('a'), n('b')]), memory);
    expect(cy.getElementById('b').position()).toEqual({ x: -40, y: 90 });
  });

  it('places new nodes next to a neighbour when no parent is known, including one added in the same pass', () => {
    const cy = cytoscape({ headless: true });
    const memory: PositionMemory = new Map();
    syncElements(cy, elements([n('a')]), memory);
    cy.getElementById('a').position({ x: 1000, y: 1000 });
    syncElements(cy, elements([n('a'), n('b'), n('c')], [e('a', 'b'), e('b', 'c')]), memory);
    const b = cy.getElementById('b').position();
    const c = cy.getElementById('c').position();
    expect(Math.hypot(b.x - 1000, b.y - 1000)).toBeLessThan(120);
    expect(Math.hypot(c.x - b.x, c.y - b.y)).toBeLessThan(120);
  });
});
