import type { WhoSaidWhatPair } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { edge, node } from '../../../test-support/graph-fixtures';
import { fromVisibleGraph, fromWhoSaidWhat, pairEdgeId } from './canvas-elements';

const pair = (speaker: string, addressee: string, count: number): WhoSaidWhatPair => ({
  speaker: {
    id: speaker,
    kind: speaker.startsWith('actor') ? 'actor' : 'institution',
    label: speaker,
  },
  addressee: {
    id: addressee,
    kind: addressee.startsWith('actor') ? 'actor' : 'institution',
    label: addressee,
  },
  count,
  statementIds: Array.from({ length: count }, (_, i) => `statement:x:${i}`),
});

describe('canvas elements', () => {
  it('folds pairs into one weighted edge each, with every party once', () => {
    const elements = fromWhoSaidWhat(
      [pair('actor:a', 'institution:r', 3), pair('actor:b', 'institution:r', 1)],
      [],
      [],
    );
    expect(elements.nodes.map((n) => n.id)).toEqual(['actor:a', 'institution:r', 'actor:b']);
    expect(elements.edges[0]).toMatchObject({
      id: pairEdgeId('actor:a', 'institution:r'),
      type: 'SAID_TO',
      weight: 3,
    });
  });

  it('leaves out pairs with a hidden kind or node', () => {
    const pairs = [pair('actor:a', 'institution:r', 3), pair('actor:b', 'actor:c', 1)];
    expect(fromWhoSaidWhat(pairs, ['institution'], []).edges).toHaveLength(1);
    expect(fromWhoSaidWhat(pairs, [], ['actor:c']).edges).toHaveLength(1);
  });

  it('marks the thread and its RESPONDS_TO edges', () => {
    const graph = {
      nodes: [node('statement:x:a', { lang: 'te' }), node('statement:x:b'), node('actor:a')],
      edges: [
        edge('RESPONDS_TO', 'statement:x:b', 'statement:x:a'),
        edge('SAID', 'actor:a', 'statement:x:b'),
      ],
      parentOf: new Map<string, string>(),
    };
    const elements = fromVisibleGraph(graph, new Set(['statement:x:a', 'statement:x:b']));
    expect(elements.nodes.map((n) => [n.id, n.highlighted, n.lang])).toEqual([
      ['statement:x:a', true, 'te'],
      ['statement:x:b', true, undefined],
      ['actor:a', false, undefined],
    ]);
    expect(elements.edges.map((e) => e.highlighted)).toEqual([true, false]);
  });

  it('tells extracted, reviewed and curated facts apart, to draw each its own way', () => {
    const graph = {
      nodes: [
        node('statement:x:a', { source: 'extracted' }),
        node('statement:x:b', { source: 'reviewed' }),
        node('statement:x:c', { source: 'curated' }),
      ],
      edges: [edge('SAID', 'actor:a', 'statement:x:b', { source: 'reviewed' })],
      parentOf: new Map<string, string>(),
    };
    const elements = fromVisibleGraph(graph, new Set());
    expect(elements.nodes.map((n) => [n.extracted, n.reviewed])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
    expect(elements.edges.map((e) => e.reviewed)).toEqual([true]);
  });
});
