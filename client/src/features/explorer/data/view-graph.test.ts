import { describe, expect, it } from 'vitest';
import { edge, node, subgraph } from '../../../test-support/graph-fixtures';
import { fromVisibleGraph, fromWhoSaidWhat } from '../state/canvas-elements';
import { buildGraphIndex } from '../state/graph-index';
import { viewGraphOf } from './view-graph';

describe('viewGraphOf', () => {
  it('gives the drawn nodes and edges their loaded properties', () => {
    const a = node('actor:a');
    const b = node('actor:b');
    const meets = edge('MEETS_WITH', 'actor:a', 'actor:b');
    const index = buildGraphIndex({ overview: subgraph([a, b], [meets]) });
    const elements = fromVisibleGraph(
      { nodes: [a, b], edges: [meets], parentOf: new Map() },
      new Set(),
    );
    expect(viewGraphOf(elements, index, [])).toEqual({ nodes: [a, b], edges: [meets] });
  });

  it('turns who-said-what pairs into SAID_TO edges with their statements', () => {
    const pair = {
      speaker: { id: 'actor:a', kind: 'actor' as const, label: 'A' },
      addressee: { id: 'institution:b', kind: 'institution' as const, label: 'B' },
      count: 2,
      statementIds: ['statement:x:1', 'statement:x:2'],
    };
    const graph = viewGraphOf(fromWhoSaidWhat([pair], [], []), buildGraphIndex({}), [pair]);
    expect(graph.nodes.map((n) => n.id)).toEqual(['actor:a', 'institution:b']);
    expect(graph.edges[0]).toMatchObject({
      type: 'SAID_TO',
      source: 'actor:a',
      target: 'institution:b',
      properties: { count: 2, statementIds: ['statement:x:1', 'statement:x:2'] },
    });
  });
});
