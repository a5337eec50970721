import type { GraphPath } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { describePath, pathSteps } from './path-steps';

const node = (id: string, label: string) => ({
  id,
  label,
  kind: id.startsWith('actor') ? ('actor' as const) : ('institution' as const),
  properties: {},
});
const edge = (type: GraphPath['edges'][number]['type'], source: string, target: string) => ({
  id: `${source}-${type}-${target}`,
  type,
  source,
  target,
  properties: {},
});

const PATH: GraphPath = {
  nodes: [
    node('actor:lim', 'Lim'),
    node('institution:mofa', 'Ministry'),
    node('actor:chung', 'Chung'),
    node('actor:rudenko', 'Rudenko'),
  ],
  edges: [
    edge('AFFILIATED_WITH', 'actor:lim', 'institution:mofa'),
    edge('AFFILIATED_WITH', 'actor:chung', 'institution:mofa'),
    edge('MEETS_WITH', 'actor:rudenko', 'actor:chung'),
  ],
};

describe('pathSteps', () => {
  it('reads each hop from the start, with the way its relationship points', () => {
    const { start, steps } = pathSteps(PATH);
    expect(start).toBe('Lim');
    expect(steps.map((s) => [s.type, s.forward, s.to.label])).toEqual([
      ['AFFILIATED_WITH', true, 'Ministry'],
      ['AFFILIATED_WITH', false, 'Chung'],
      ['MEETS_WITH', false, 'Rudenko'],
    ]);
  });

  it('says the path in one line', () => {
    const words = {
      SAID: 'said',
      ADDRESSED_TO: 'addressed to',
      RESPONDS_TO: 'responds to',
      MEETS_WITH: 'meets with',
      AFFILIATED_WITH: 'affiliated with',
      REPORTED_IN: 'reported in',
    };
    expect(describePath(PATH, words)).toBe(
      'Lim — affiliated with → Ministry ← affiliated with — Chung ← meets with — Rudenko',
    );
  });
});
