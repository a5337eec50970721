import { getEmptyViewState, viewExportSchema } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { edge, node } from '../../../test-support/graph-fixtures';
import { toJson } from './json';

describe('toJson', () => {
  it('writes the nodes where they are drawn, the edges and the view state, as the schema reads them', () => {
    const graph = {
      nodes: [node('actor:a', { aliases: ['A'] }), node('actor:b')],
      edges: [edge('MEETS_WITH', 'actor:a', 'actor:b', { place: 'Seoul' })],
    };
    const positions = new Map([
      ['actor:a', { x: 10, y: -4.5 }],
      ['actor:b', { x: 80, y: 12 }],
    ]);
    const view = { ...getEmptyViewState(), addedNodeIds: ['actor:a'] };
    const file = viewExportSchema.parse(JSON.parse(toJson(graph, positions, view)));
    expect(file.nodes.map((n) => [n.id, n.position])).toEqual([
      ['actor:a', { x: 10, y: -4.5 }],
      ['actor:b', { x: 80, y: 12 }],
    ]);
    expect(file.nodes[0]?.properties).toEqual({ aliases: ['A'] });
    expect(file.edges).toEqual(graph.edges);
    expect(file.view.addedNodeIds).toEqual(['actor:a']);
  });
});
