import { getEmptyViewState, type GraphNode } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import type { CanvasScene, ExportSource, SceneNode, ViewGraph } from '../../../lib/view-export';
import { narrowExportSource, narrowGraph, narrowScene } from './selection-export';

const graphNode = (id: string): GraphNode => ({ id, kind: 'actor', label: id, properties: {} });
const graph: ViewGraph = {
  nodes: ['actor:a', 'actor:b', 'actor:c'].map(graphNode),
  edges: [
    { id: 'ab', type: 'MEETS_WITH', source: 'actor:a', target: 'actor:b', properties: {} },
    { id: 'bc', type: 'MEETS_WITH', source: 'actor:b', target: 'actor:c', properties: {} },
  ],
};
// Only what the narrowing reads: the rest of a drawn node's style does not matter here.
const sceneNode = (id: string, x: number, y: number) =>
  ({ id, label: id, x, y, width: 30, height: 20 }) as SceneNode;
const edge = (id: string) => ({
  id,
  points: [],
  color: '#000',
  width: 1,
  line: 'solid' as const,
  arrow: false,
  label: '',
  opacity: 1,
});
const scene: CanvasScene = {
  nodes: [sceneNode('actor:a', 0, 0), sceneNode('actor:b', 100, 50), sceneNode('actor:c', 900, 0)],
  edges: [edge('ab'), edge('bc')],
  bounds: { x1: -15, y1: -10, x2: 915, y2: 60 },
};
const selected = new Set(['actor:a', 'actor:b']);

describe('exporting the selection', () => {
  it('keeps the selected nodes and the edges between them', () => {
    const narrowed = narrowGraph(graph, selected);
    expect(narrowed.nodes.map((n) => n.id)).toEqual(['actor:a', 'actor:b']);
    expect(narrowed.edges.map((e) => e.id)).toEqual(['ab']);
  });

  it('draws only the selection, framed around it', () => {
    const narrowed = narrowScene(scene, selected, new Set(['ab']));
    expect(narrowed.nodes.map((n) => n.id)).toEqual(['actor:a', 'actor:b']);
    expect(narrowed.edges.map((e) => e.id)).toEqual(['ab']);
    expect(narrowed.bounds).toEqual({ x1: -15, y1: -10, x2: 115, y2: 60 });
  });

  it('hands the export formats a source of the selection alone', async () => {
    const png = async () => new Blob();
    const view = {
      graph,
      positions: () => new Map(scene.nodes.map((n) => [n.id, { x: n.x, y: n.y }])),
      scene: () => scene,
      png,
      baseName: 'parley-view',
      viewState: getEmptyViewState,
    } as ExportSource;
    const source = narrowExportSource(view, selected, png);
    expect([...source.positions().keys()]).toEqual(['actor:a', 'actor:b']);
    expect(source.scene().edges.map((e) => e.id)).toEqual(['ab']);
    expect(source.baseName).toBe('parley-view-selection');
    expect(source.png).toBe(png);
  });
});
