import { describe, expect, it } from 'vitest';
import { edge, node, subgraph } from '../../../test-support/graph-fixtures';
import { buildGraphIndex } from './graph-index';

describe('buildGraphIndex', () => {
  it('merges every source by id and records what each expansion brought', () => {
    const a = node('actor:a');
    const b = node('actor:b');
    const c = node('actor:c');
    const index = buildGraphIndex({
      overview: subgraph([a]),
      expansions: [
        {
          nodeId: 'actor:a',
          pages: [
            subgraph([a, b], [edge('MEETS_WITH', 'actor:a', 'actor:b')], true),
            subgraph([a, c]),
          ],
        },
      ],
    });
    expect([...index.nodes.keys()].sort()).toEqual(['actor:a', 'actor:b', 'actor:c']);
    expect(index.edges.size).toBe(1);
    expect(index.overviewNodeIds).toEqual(['actor:a']);
    expect(index.expansionNodeIds.get('actor:a')).toEqual(['actor:b', 'actor:c']);
    expect(index.truncatedExpansions.has('actor:a')).toBe(false);
  });

  it('stops at the first page still loading and keeps its truncation flag', () => {
    const a = node('actor:a');
    const index = buildGraphIndex({
      expansions: [
        { nodeId: 'actor:a', pages: [subgraph([a, node('actor:b')], [], true), undefined] },
      ],
    });
    expect(index.expansionNodeIds.get('actor:a')).toEqual(['actor:b']);
    expect(index.truncatedExpansions.has('actor:a')).toBe(true);
  });

  it('has no expansion entry before its first page arrives', () => {
    const index = buildGraphIndex({ expansions: [{ nodeId: 'actor:a', pages: [undefined] }] });
    expect(index.expansionNodeIds.has('actor:a')).toBe(false);
  });

  it('takes nodes and the edges among them from the induced subgraph', () => {
    const index = buildGraphIndex({
      overview: subgraph([node('actor:a')]),
      induced: subgraph(
        [node('actor:a'), node('actor:b')],
        [edge('MEETS_WITH', 'actor:a', 'actor:b')],
      ),
    });
    expect([...index.nodes.keys()].sort()).toEqual(['actor:a', 'actor:b']);
    expect(index.edges.size).toBe(1);
    expect(index.overviewNodeIds).toEqual(['actor:a']);
  });

  it('keeps the thread oldest first', () => {
    const index = buildGraphIndex({
      thread: { statements: [node('statement:x:old'), node('statement:x:new')], edges: [] },
    });
    expect(index.threadNodeIds).toEqual(['statement:x:old', 'statement:x:new']);
  });
});
