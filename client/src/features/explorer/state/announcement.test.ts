import { describe, expect, it } from 'vitest';
import { describeSelection } from './announcement';
import type { CanvasEdge, CanvasNode } from './canvas-elements';

const node = (id: string, label: string, kind: CanvasNode['kind']): CanvasNode => ({
  id,
  kind,
  label,
  lang: undefined,
  highlighted: false,
  extracted: false,
  reviewed: false,
});
const edge = (source: string, target: string): CanvasEdge => ({
  id: `${source}->${target}`,
  type: 'SAID',
  source,
  target,
  weight: 1,
  highlighted: false,
  extracted: false,
  reviewed: false,
});

const elements = {
  nodes: [
    node('actor:maria-zakharova', 'Maria Zakharova', 'actor'),
    node('statement:s1', 'We warn', 'statement'),
    node('statement:s2', 'Biased', 'statement'),
  ],
  edges: [
    edge('actor:maria-zakharova', 'statement:s1'),
    edge('actor:maria-zakharova', 'statement:s2'),
  ],
};

describe('describeSelection', () => {
  it('names the node, its kind and the connections drawn', () => {
    expect(describeSelection(['actor:maria-zakharova'], elements)).toBe(
      'Maria Zakharova, actor, 2 connections',
    );
    expect(describeSelection(['statement:s1'], elements)).toBe('We warn, statement, 1 connection');
  });

  it('counts a selection of several, and says nothing for none or an undrawn node', () => {
    expect(describeSelection(['statement:s1', 'statement:s2'], elements)).toBe('2 nodes selected');
    expect(describeSelection([], elements)).toBe('');
    expect(describeSelection(['actor:gone'], elements)).toBe('');
  });
});
