import { describe, expect, it } from 'vitest';
import {
  arrangementKey,
  getEmptyViewState,
  nodeIdsOfViewState,
  restoreViewState,
  saveViewRequestSchema,
  type ViewState,
} from './view-state';

const rich: ViewState = {
  ...getEmptyViewState(),
  showOverview: false,
  addedNodeIds: ['actor:andrey-rudenko'],
  expansions: [{ nodeId: 'actor:andrey-rudenko', pages: 2 }],
  hiddenNodeIds: ['article:en-rudenko-seoul-talks'],
  selection: { type: 'pair', speakerId: 'actor:lim-soo-suk', addresseeId: 'institution:russia' },
  focusNodeId: 'actor:andrey-rudenko',
  mode: 'who-said-what',
  threadStatementId: 'statement:te-seoul-warns-moscow:lim-warns',
  filters: {
    hiddenKinds: ['article'],
    hiddenRelTypes: ['REPORTED_IN'],
    hiddenLangs: ['te'],
    hiddenArticleIds: [],
    hiddenSources: ['extracted'],
    dateFrom: '2024-06-01',
    dateTo: null,
    hideUndated: true,
    needsReviewOnly: true,
  },
  layout: 'concentric',
  nodeSize: 'statements',
  nodeColour: 'language',
  viewport: { zoom: 1.25, x: -40, y: 12, anchorId: 'actor:andrey-rudenko' },
  arrangement: { of: arrangementKey(['actor:andrey-rudenko']), xy: [10, 20] },
  positions: { 'actor:andrey-rudenko': { x: 10, y: 20 } },
};

describe('restoreViewState', () => {
  it('fills every default for a bare version', () => {
    expect(restoreViewState({ v: 2 })).toEqual({ state: getEmptyViewState(), problems: [] });
  });

  it('keeps a valid state as it is, and the state passes the strict wire schema', () => {
    expect(restoreViewState(JSON.parse(JSON.stringify(rich)))).toEqual({
      state: rich,
      problems: [],
    });
    expect(saveViewRequestSchema.safeParse({ state: rich }).success).toBe(true);
  });

  it('resets a bad field without losing the others, and names it', () => {
    const { state, problems } = restoreViewState({
      v: 2,
      layout: 'spiral',
      focusNodeId: 'actor:andrey-rudenko',
      viewport: { zoom: -3, x: 0, y: 0, anchorId: null },
      filters: { hiddenKinds: ['actor'], dateFrom: 'June' },
    });
    expect(state.layout).toBe('fcose');
    expect(state.focusNodeId).toBe('actor:andrey-rudenko');
    expect(state.viewport).toBeNull();
    expect(state.filters).toMatchObject({ hiddenKinds: ['actor'], dateFrom: null });
    expect(problems).toEqual([
      'layout was invalid and was reset',
      'viewport was invalid and was reset',
      'filters.dateFrom was invalid and was reset',
    ]);
  });

  it('drops bad entries of a list one by one', () => {
    const { state, problems } = restoreViewState({
      v: 2,
      addedNodeIds: ['actor:a', 42, '<script>', 'institution:b'],
      expansions: ['actor:a', { nodeId: 'actor:a', pages: 0 }, { nodeId: 'actor:c', pages: 3 }],
    });
    expect(state.addedNodeIds).toEqual(['actor:a', 'institution:b']);
    expect(state.expansions).toEqual([{ nodeId: 'actor:c', pages: 3 }]);
    expect(problems).toEqual([
      'addedNodeIds: 2 invalid entries were dropped',
      'expansions: 2 invalid entries were dropped',
    ]);
  });

  it('does not open a thread view without a statement', () => {
    const { state, problems } = restoreViewState({ v: 2, mode: 'thread' });
    expect(state.mode).toBe('explore');
    expect(problems).toHaveLength(1);
  });

  it('reads an unknown version as the current one and says so', () => {
    const { state, problems } = restoreViewState({ v: 99, mode: 'who-said-what' });
    expect(state.mode).toBe('who-said-what');
    expect(problems[0]).toMatch(/unknown view version 99/);
  });

  it('upgrades a version 1 view, naming what it could not carry over', () => {
    const { state, problems } = restoreViewState({
      v: 1,
      mode: 'graph',
      focus: 'actor:maria-zakharova',
      selection: 'actor:andrey-rudenko',
      expanded: ['actor:maria-zakharova'],
      nodes: ['actor:maria-zakharova', 'actor:andrey-rudenko'],
      filters: { kinds: ['actor', 'statement'], langs: ['te'] },
      viewport: { zoom: 2, pan: { x: 1, y: 2 } },
    });
    expect(state).toMatchObject({
      mode: 'explore',
      showOverview: false,
      addedNodeIds: ['actor:maria-zakharova', 'actor:andrey-rudenko'],
      expansions: [{ nodeId: 'actor:maria-zakharova', pages: 1 }],
      selection: { type: 'node', id: 'actor:andrey-rudenko' },
      focusNodeId: 'actor:maria-zakharova',
      viewport: null,
    });
    expect(state.filters.hiddenKinds).toEqual(['institution', 'article']);
    expect(problems).toHaveLength(2);
  });

  it('never throws on garbage', () => {
    for (const input of [null, 'x', 42, [], { v: 2, filters: 'nope', positions: [1] }])
      expect(() => restoreViewState(input)).not.toThrow();
    expect(restoreViewState('x').problems).toEqual(['the view could not be read']);
  });
});

describe('arrangementKey', () => {
  it('tells node sets apart, and is the same for the same set', () => {
    const key = arrangementKey(['actor:a', 'actor:b']);
    expect(key).toMatch(/^[0-9a-z]{1,16}$/);
    expect(arrangementKey(['actor:a', 'actor:b'])).toBe(key);
    expect(arrangementKey(['actor:a', 'actor:c'])).not.toBe(key);
    expect(arrangementKey(['actor:a'])).not.toBe(key);
  });
});

describe('nodeIdsOfViewState', () => {
  it('lists each node the view names once, hidden ones aside', () => {
    expect(nodeIdsOfViewState(rich).sort()).toEqual([
      'actor:andrey-rudenko',
      'actor:lim-soo-suk',
      'institution:russia',
      'statement:te-seoul-warns-moscow:lim-warns',
    ]);
  });
});
