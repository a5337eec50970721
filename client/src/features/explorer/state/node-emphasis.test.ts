import { describe, expect, it } from 'vitest';
import { edge, node } from '../../../test-support/graph-fixtures';
import { fromVisibleGraph, fromWhoSaidWhat } from './canvas-elements';
import {
  emphasise,
  LANGUAGE_COLOURS,
  MAX_NODE_SCALE,
  NO_LANGUAGE_COLOUR,
  nodeScales,
} from './node-emphasis';

const graph = fromVisibleGraph(
  {
    nodes: [
      node('actor:hub'),
      node('actor:quiet'),
      node('statement:a:1', { lang: 'te' }),
      node('statement:a:2', { lang: 'en' }),
      node('statement:a:3', { lang: 'en' }),
    ],
    edges: [
      edge('SAID', 'actor:hub', 'statement:a:1'),
      edge('SAID', 'actor:hub', 'statement:a:2'),
      edge('SAID', 'actor:hub', 'statement:a:3'),
      edge('ADDRESSED_TO', 'statement:a:1', 'actor:quiet'),
      edge('MEETS_WITH', 'actor:hub', 'actor:quiet'),
    ],
    parentOf: new Map(),
  },
  new Set(),
);

describe('node emphasis', () => {
  it('sizes by degree: the best-linked node largest, the rest by the square root', () => {
    const scales = nodeScales(graph, 'degree');
    expect(scales.get('actor:hub')).toBe(MAX_NODE_SCALE);
    expect(scales.get('actor:quiet')).toBeCloseTo(1 + (MAX_NODE_SCALE - 1) * Math.sqrt(2 / 4));
  });

  it('sizes by statements made and received, meetings aside', () => {
    const scales = nodeScales(graph, 'statements');
    expect(scales.get('actor:hub')).toBe(MAX_NODE_SCALE);
    expect(scales.get('actor:quiet')).toBeCloseTo(1 + (MAX_NODE_SCALE - 1) * Math.sqrt(1 / 3));
    expect(scales.has('statement:a:1')).toBe(false);
  });

  it('sizes who-said-what parties by the statements between them', () => {
    const pairs = fromWhoSaidWhat(
      [
        {
          speaker: { id: 'actor:a', kind: 'actor', label: 'A' },
          addressee: { id: 'institution:b', kind: 'institution', label: 'B' },
          count: 4,
          statementIds: [],
        },
      ],
      [],
      [],
    );
    expect(nodeScales(pairs, 'statements').get('institution:b')).toBe(MAX_NODE_SCALE);
  });

  it('colours statements by language and parties neutral, or leaves everything by kind', () => {
    const coloured = emphasise(graph, 'kind', 'language');
    const colourOf = (id: string) => coloured.nodes.find((n) => n.id === id)?.colour;
    expect(colourOf('statement:a:1')).toEqual(LANGUAGE_COLOURS.te);
    expect(colourOf('actor:hub')).toEqual(NO_LANGUAGE_COLOUR);
    expect(emphasise(graph, 'kind', 'kind')).toBe(graph);
    const sized = emphasise(graph, 'degree', 'kind');
    expect(sized.nodes.find((n) => n.id === 'statement:a:1')?.scale).toBe(1);
  });
});
