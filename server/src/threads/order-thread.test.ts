import type { GraphEdge, GraphNode } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { orderThreadOldestFirst } from './order-thread';

const statement = (id: string, date?: string): GraphNode => ({
  id,
  kind: 'statement',
  label: id,
  properties: date ? { date } : {},
});
const reply = (from: string, to: string): GraphEdge => ({
  id: `RESPONDS_TO:${from}->${to}`,
  type: 'RESPONDS_TO',
  source: from,
  target: to,
  properties: {},
});
const ids = (nodes: GraphNode[]) => nodes.map((n) => n.id);

describe('orderThreadOldestFirst', () => {
  it('puts what is answered before its answer, whatever the input order', () => {
    const nodes = [statement('lim'), statement('chang'), statement('zakharova')];
    const edges = [reply('lim', 'zakharova'), reply('zakharova', 'chang')];
    expect(ids(orderThreadOldestFirst(nodes, edges))).toEqual(['chang', 'zakharova', 'lim']);
  });

  it('orders sibling replies by date, then id', () => {
    const nodes = [
      statement('c', '2024-06-03'),
      statement('b'),
      statement('root'),
      statement('a', '2024-06-02'),
    ];
    const edges = [reply('a', 'root'), reply('b', 'root'), reply('c', 'root')];
    expect(ids(orderThreadOldestFirst(nodes, edges))).toEqual(['root', 'a', 'c', 'b']);
  });

  it('still returns every statement when the data holds a cycle', () => {
    const nodes = [statement('x'), statement('y'), statement('z')];
    const edges = [reply('x', 'y'), reply('y', 'x'), reply('z', 'x')];
    expect(ids(orderThreadOldestFirst(nodes, edges)).sort()).toEqual(['x', 'y', 'z']);
  });
});
