import { describe, expect, it } from 'vitest';
import { edge, node, subgraph } from '../../../test-support/graph-fixtures';
import {
  collapseNode,
  expandNode,
  focusNode,
  hideNode,
  openThread,
  setMode,
} from './canvas-producers';
import { getEmptyCanvasState, type CanvasState } from './canvas-state';
import { buildGraphIndex } from './graph-index';
import { computeVisibleGraph, computeVisibleNodeIds } from './visible-graph';

const a = node('actor:a');
const b = node('actor:b');
const c = node('actor:c');
const s1 = node('statement:x:one');
const s2 = node('statement:x:two');

const index = buildGraphIndex({
  overview: subgraph([a], []),
  expansions: [
    {
      nodeId: 'actor:a',
      pages: [subgraph([a, b, s1], [edge('SAID', 'actor:a', 'statement:x:one')])],
    },
    { nodeId: 'actor:b', pages: [subgraph([b, c], [edge('MEETS_WITH', 'actor:b', 'actor:c')])] },
  ],
  thread: {
    statements: [s1, s2],
    edges: [edge('RESPONDS_TO', 'statement:x:two', 'statement:x:one')],
  },
});

const ids = (state: CanvasState) => [...computeVisibleNodeIds(state, index).ids].sort();

describe('visible graph', () => {
  it('shows the overview, then what expansions bring, transitively', () => {
    const state = expandNode('actor:b')(expandNode('actor:a')(getEmptyCanvasState()));
    expect(ids(state)).toEqual(['actor:a', 'actor:b', 'actor:c', 'statement:x:one']);
    expect(computeVisibleNodeIds(state, index).parentOf.get('actor:c')).toBe('actor:b');
  });

  it('ignores an expansion whose node is not on the canvas', () => {
    const state = expandNode('actor:b')(getEmptyCanvasState());
    expect(ids(state)).toEqual(['actor:a']);
  });

  it('collapse removes what the expansion brought and the expansions hanging off it', () => {
    const expanded = expandNode('actor:b')(expandNode('actor:a')(getEmptyCanvasState()));
    const collapsed = collapseNode('actor:a', index)(expanded);
    expect(ids(collapsed)).toEqual(['actor:a']);
    expect(collapsed.expansions).toEqual([]);
  });

  it('collapse keeps nodes that something else still shows', () => {
    const state = { ...expandNode('actor:a')(getEmptyCanvasState()), addedNodeIds: ['actor:b'] };
    expect(ids(collapseNode('actor:a', index)(state))).toEqual(['actor:a', 'actor:b']);
  });

  it('hide removes the node, its dependent expansions and the selection on it', () => {
    const state = focusNode('actor:b')(expandNode('actor:a')(getEmptyCanvasState()));
    const hidden = hideNode('actor:b', index)(state);
    expect(ids(hidden)).toEqual(['actor:a', 'statement:x:one']);
    expect(hidden.selection).toBeNull();
    expect(hidden.expansions.map((e) => e.nodeId)).toEqual(['actor:a']);
  });

  it('keeps only known edges between visible nodes', () => {
    const state = expandNode('actor:a')(getEmptyCanvasState());
    const graph = computeVisibleGraph(state, index);
    expect(graph.edges.map((e) => e.type)).toEqual(['SAID']);
  });

  it('shows only the thread in thread mode, and adds it to the canvas back in explore mode', () => {
    const thread = openThread('statement:x:one')(getEmptyCanvasState());
    const inThread = computeVisibleGraph(thread, index);
    expect(inThread.nodes.map((n) => n.id).sort()).toEqual(['statement:x:one', 'statement:x:two']);
    expect(inThread.edges.map((e) => e.type)).toEqual(['RESPONDS_TO']);
    expect(ids(setMode('explore')(thread))).toEqual([
      'actor:a',
      'statement:x:one',
      'statement:x:two',
    ]);
  });
});
