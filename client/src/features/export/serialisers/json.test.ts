import { describe, expect, it } from 'vitest';
import { edge, node } from '../../../test-support/graph-fixtures';
import { toJson } from './json';

describe('toJson', () => {
  it('writes the nodes and edges with their properties, and reads back the same', () => {
    const graph = {
      nodes: [node('actor:a', { aliases: ['A'] }), node('actor:b')],
      edges: [edge('MEETS_WITH', 'actor:a', 'actor:b', { place: 'Seoul' })],
    };
    expect(JSON.parse(toJson(graph))).toEqual(graph);
  });
});
