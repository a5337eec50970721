import { describe, expect, it } from 'vitest';
import { getEmptyViewState, type ViewState } from './view-state';
import { parseViewState, serialiseViewState } from './view-state-url';

const built: ViewState = {
  ...getEmptyViewState(),
  addedNodeIds: ['actor:andrey-rudenko'],
  expansions: [
    { nodeId: 'actor:andrey-rudenko', pages: 1 },
    { nodeId: 'actor:chung-byung-won', pages: 2 },
    { nodeId: 'actor:kim-gunn', pages: 1, types: ['MEETS_WITH', 'SAID'] },
  ],
  hiddenNodeIds: ['article:en-rudenko-seoul-talks'],
  selection: { type: 'node', id: 'statement:en-rudenko-seoul-talks:zakharova-blatantly-biased' },
  focusNodeId: 'actor:andrey-rudenko',
  filters: { ...getEmptyViewState().filters, hiddenLangs: ['te'], dateFrom: '2024-06-01' },
  viewport: { zoom: 1.4567, x: -12.4, y: 30.6, anchorId: 'actor:andrey-rudenko' },
};

describe('the URL token of a view', () => {
  it('round-trips, rounding the camera to what a reader can see', () => {
    const { state, problems } = parseViewState(serialiseViewState(built));
    expect(problems).toEqual([]);
    expect(state).toEqual({
      ...built,
      viewport: { ...built.viewport, zoom: 1.457, x: -12, y: 31 },
    });
  });

  it('round-trips every kind of selection, modes and positions', () => {
    const selections: ViewState['selection'][] = [
      { type: 'edge', id: 'SAID:actor:a->statement:a:b' },
      { type: 'pair', speakerId: 'actor:a', addresseeId: 'institution:b' },
      null,
    ];
    for (const selection of selections) {
      const state: ViewState = {
        ...built,
        selection,
        showOverview: false,
        mode: 'thread',
        threadStatementId: 'statement:a:b',
        layout: 'dagre',
        viewport: { zoom: 2, x: 1, y: 2, anchorId: null },
        arrangement: { of: 'abc123', xy: [1, -2, 300, 4] },
        positions: { 'actor:a': { x: 1, y: -2 } },
      };
      expect(parseViewState(serialiseViewState(state)).state).toEqual(state);
    }
  });

  it('keeps the empty view tiny and is safe in a URL as it stands', () => {
    expect(serialiseViewState(getEmptyViewState())).toBe('eyJ2IjoyfQ');
    expect(serialiseViewState(built)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('carries scripts other than Latin', () => {
    const state = { ...built, addedNodeIds: ['actor:జఖరోవా'] };
    expect(parseViewState(serialiseViewState(state)).state.addedNodeIds).toEqual(['actor:జఖరోవా']);
  });

  it('opens a damaged token as the empty view and says so', () => {
    for (const token of ['', '!!!', 'eyJ2Ijoy', serialiseViewState(built).slice(0, 40), 'WzFd']) {
      const { state, problems } = parseViewState(token);
      expect(state).toEqual(getEmptyViewState());
      expect(problems).toEqual(['the link is damaged and could not be read']);
    }
  });

  it('carries the timeline: a date range and undated facts left out', () => {
    const filters = { ...built.filters, dateFrom: '2024-06-01', dateTo: '2024-06-30' };
    const state: ViewState = { ...built, filters: { ...filters, hideUndated: true } };
    expect(parseViewState(serialiseViewState(state)).state.filters).toEqual(state.filters);
  });

  it('carries what node sizes and colours stand for, and opens older links by kind', () => {
    const state: ViewState = { ...built, nodeSize: 'degree', nodeColour: 'language' };
    expect(parseViewState(serialiseViewState(state)).state).toMatchObject({
      nodeSize: 'degree',
      nodeColour: 'language',
    });
    expect(parseViewState('eyJ2IjoyfQ').state).toMatchObject({
      nodeSize: 'kind',
      nodeColour: 'kind',
    });
  });

  it('carries the needs-review filter, and opens older links with every statement shown', () => {
    const state: ViewState = { ...built, filters: { ...built.filters, needsReviewOnly: true } };
    expect(parseViewState(serialiseViewState(state)).state.filters.needsReviewOnly).toBe(true);
    const before = btoa(JSON.stringify({ v: 2, u: 1 })).replace(/=+$/, '');
    const { state: old, problems } = parseViewState(before);
    expect(problems).toEqual([]);
    expect(old.filters).toMatchObject({ hideUndated: true, needsReviewOnly: false });
  });

  it('opens a link made before the undated switch with undated facts shown, as it was', () => {
    // A token from before: a date range, and no word on undated facts.
    const token = btoa(JSON.stringify({ v: 2, d: ['2024-06-01', null] })).replace(/=+$/, '');
    const { state, problems } = parseViewState(token);
    expect(problems).toEqual([]);
    expect(state.filters).toMatchObject({ dateFrom: '2024-06-01', hideUndated: false });
  });

  it('keeps what is valid in a tampered token', () => {
    const compact = { v: 2, f: 'actor:andrey-rudenko', l: 'spiral', e: [['actor:a', 'x']] };
    const token = btoa(JSON.stringify(compact)).replace(/=+$/, '');
    const { state, problems } = parseViewState(token);
    expect(state.focusNodeId).toBe('actor:andrey-rudenko');
    expect(state.layout).toBe('fcose');
    expect(problems).toEqual([
      'expansions: 1 invalid entries were dropped',
      'layout was invalid and was reset',
    ]);
  });
});
