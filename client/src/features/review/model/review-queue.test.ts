import type { GraphEdge, GraphNode } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { decide, remaining, reviewQueue, startQueue, step } from './review-queue';

const statement = (id: string, properties: GraphNode['properties']): GraphNode => ({
  id,
  kind: 'statement',
  label: id,
  properties: { source: 'extracted', confidence: 0.8, ...properties },
});
const edge = (type: GraphEdge['type'], source: string, target: string, extra = {}): GraphEdge => ({
  id: `${type}:${source}:${target}`,
  type,
  source,
  target,
  properties: extra,
});

const NODES = [
  statement('statement:a:sure', { confidence: 0.9, date: '2024-06-01' }),
  statement('statement:a:new', { confidence: 0.6, date: '2024-06-20' }),
  statement('statement:a:old', { confidence: 0.6, date: '2024-06-02' }),
  statement('statement:a:open', { ambiguous: true, confidence: 0.9 }),
  statement('statement:a:curated', { source: 'curated' }),
  { id: 'actor:kim', kind: 'actor', label: 'Kim', properties: {} } satisfies GraphNode,
];
const EDGES = [
  edge('SAID', 'actor:kim', 'statement:a:sure'),
  edge('REPORTED_IN', 'statement:a:sure', 'article:a', { start: 3, end: 9 }),
];

describe('the review queue', () => {
  it('puts ambiguous speakers first, then the least confident, then the newest; extracted only', () => {
    expect(reviewQueue(NODES, EDGES).map((i) => i.statement.id)).toEqual([
      'statement:a:open',
      'statement:a:new',
      'statement:a:old',
      'statement:a:sure',
    ]);
  });

  it('carries each statement’s speakers and evidence', () => {
    const sure = reviewQueue(NODES, EDGES).find((i) => i.statement.id === 'statement:a:sure');
    expect(sure).toMatchObject({
      speakerIds: ['actor:kim'],
      evidence: { articleId: 'article:a', start: 3, end: 9 },
    });
  });

  it('moves on to the next undecided item and counts what is left', () => {
    let state = startQueue(reviewQueue(NODES, EDGES));
    expect(remaining(state)).toBe(4);
    state = decide(state, 'statement:a:open', 'accepted');
    expect(state.at).toBe(1);
    state = decide(step(state, 2), 'statement:a:sure', 'dropped');
    expect(state.at).toBe(1);
    expect(remaining(state)).toBe(2);
    expect(step(state, -5).at).toBe(0);
  });
});
