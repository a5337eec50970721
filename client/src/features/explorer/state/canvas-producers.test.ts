import { describe, expect, it } from 'vitest';
import {
  addNode,
  clearCanvas,
  closeThread,
  expandAlong,
  expandNode,
  expandNodes,
  focusNode,
  forgetNode,
  openThread,
  selectNode,
  selectPair,
  setLayout,
  setMode,
  showMoreOf,
  toggledList,
  unhideAll,
  updateFilters,
} from './canvas-producers';
import { getEmptyCanvasState } from './canvas-state';

const empty = getEmptyCanvasState();

describe('canvas producers', () => {
  it('return the same state when nothing changes, so no undo step is recorded', () => {
    expect(selectNode(null)(empty)).toBe(empty);
    const selected = selectNode('actor:a')(empty);
    expect(selectNode('actor:a')(selected)).toBe(selected);
    const expanded = expandNode('actor:a')(empty);
    expect(expandNode('actor:a')(expanded)).toBe(expanded);
    expect(unhideAll(empty)).toBe(empty);
    expect(setMode('explore')(empty)).toBe(empty);
    expect(closeThread(empty)).toBe(empty);
  });

  it('forgets a removed node with its expansion, keeping it selected for the panel', () => {
    const state = focusNode('article:a')(empty);
    expect(forgetNode('article:a')(state)).toEqual({
      ...state,
      addedNodeIds: [],
      expansions: [],
      focusNodeId: null,
    });
    expect(forgetNode('article:b')(state)).toBe(state);
  });

  it('focus adds, expands, selects and centres a node in explore mode', () => {
    const state = focusNode('actor:a')({ ...empty, mode: 'who-said-what' });
    expect(state).toMatchObject({
      mode: 'explore',
      addedNodeIds: ['actor:a'],
      expansions: [{ nodeId: 'actor:a', pages: 1 }],
      selection: { type: 'node', id: 'actor:a' },
      focusNodeId: 'actor:a',
    });
  });

  it('adding a hidden node shows it again', () => {
    const state = addNode('actor:a')({ ...empty, hiddenNodeIds: ['actor:a'] });
    expect(state.hiddenNodeIds).toEqual([]);
  });

  it('show more loads the next page, or expands first', () => {
    expect(showMoreOf('actor:a')(empty).expansions).toEqual([{ nodeId: 'actor:a', pages: 1 }]);
    const twice = showMoreOf('actor:a')(showMoreOf('actor:a')(empty));
    expect(twice.expansions).toEqual([{ nodeId: 'actor:a', pages: 2 }]);
  });

  it('leaving who-said-what drops a pair selection but keeps a node selection', () => {
    const pair = selectPair('actor:a', 'actor:b')({ ...empty, mode: 'who-said-what' });
    expect(setMode('explore')(pair).selection).toBeNull();
    const node = selectNode('actor:a')(empty);
    expect(setMode('who-said-what')(node).selection).toEqual({ type: 'node', id: 'actor:a' });
  });

  it('cannot enter thread mode without a thread, and keeps the thread highlighted back in explore', () => {
    expect(setMode('thread')(empty)).toBe(empty);
    const thread = openThread('statement:x:one')(empty);
    expect(thread.mode).toBe('thread');
    const back = setMode('explore')(thread);
    expect(back.threadStatementId).toBe('statement:x:one');
    expect(closeThread(back).threadStatementId).toBeNull();
  });

  it('choosing a layout leaves the thread view', () => {
    const state = setLayout('concentric')(openThread('statement:x:one')(empty));
    expect(state).toMatchObject({ layout: 'concentric', mode: 'explore' });
  });

  it('updates filters partially and toggles hidden values', () => {
    const state = updateFilters({ hiddenLangs: ['te'] })(empty);
    expect(state.filters).toMatchObject({ hiddenLangs: ['te'], hiddenKinds: [] });
    expect(toggledList(['te'], 'te', true)).toEqual([]);
    expect(toggledList([], 'te', false)).toEqual(['te']);
  });

  it('clear empties the canvas and keeps filters and layout', () => {
    const busy = {
      ...focusNode('actor:a')(empty),
      layout: 'concentric' as const,
      filters: { ...empty.filters, hiddenLangs: ['te'] },
    };
    const cleared = clearCanvas(busy);
    expect(cleared).toMatchObject({
      showOverview: false,
      addedNodeIds: [],
      expansions: [],
      selection: null,
    });
    expect(cleared.layout).toBe('concentric');
    expect(cleared.filters.hiddenLangs).toEqual(['te']);
  });

  it('expands by one relationship type, adds types, and widens to all on a plain expand', () => {
    const meetings = expandAlong('actor:a', 'MEETS_WITH')(empty);
    expect(meetings.expansions).toEqual([{ nodeId: 'actor:a', pages: 1, types: ['MEETS_WITH'] }]);
    expect(expandAlong('actor:a', 'MEETS_WITH')(meetings)).toBe(meetings);
    const both = expandAlong('actor:a', 'SAID')(meetings);
    expect(both.expansions[0]?.types).toEqual(['MEETS_WITH', 'SAID']);
    const all = expandNode('actor:a')(both);
    expect(all.expansions).toEqual([{ nodeId: 'actor:a', pages: 1 }]);
    expect(expandAlong('actor:a', 'SAID')(all)).toBe(all);
  });

  it('expands several nodes at once', () => {
    const state = expandNodes(['actor:a', 'actor:b'])(empty);
    expect(state.expansions.map((e) => e.nodeId)).toEqual(['actor:a', 'actor:b']);
  });
});
