import { describe, expect, it } from 'vitest';
import { effectiveLayout, getEmptyCanvasState, restoreCanvasState } from './canvas-state';

describe('restoreCanvasState', () => {
  it('gives the empty state for anything that is not an object', () => {
    expect(restoreCanvasState(null)).toEqual(getEmptyCanvasState());
    expect(restoreCanvasState('x')).toEqual(getEmptyCanvasState());
  });

  it('fills missing fields with defaults and keeps valid ones', () => {
    const state = restoreCanvasState({ addedNodeIds: ['actor:a'], layout: 'concentric' });
    expect(state.addedNodeIds).toEqual(['actor:a']);
    expect(state.layout).toBe('concentric');
    expect(state.showOverview).toBe(true);
    expect(state.filters.hiddenKinds).toEqual([]);
  });

  it('drops one bad field without losing the others', () => {
    const state = restoreCanvasState({
      addedNodeIds: ['actor:a'],
      layout: 'spiral',
      expansions: [{ nodeId: 'actor:a', pages: -1 }],
      filters: { hiddenKinds: ['actor', 'planet'], dateFrom: '2024-06-01' },
    });
    expect(state.addedNodeIds).toEqual(['actor:a']);
    expect(state.layout).toBe('fcose');
    expect(state.expansions).toEqual([]);
    expect(state.filters.hiddenKinds).toEqual([]);
    expect(state.filters.dateFrom).toBe('2024-06-01');
  });

  it('does not open a thread view without a statement', () => {
    expect(restoreCanvasState({ mode: 'thread' }).mode).toBe('explore');
  });

  it('round-trips through JSON', () => {
    const state = {
      ...getEmptyCanvasState(),
      addedNodeIds: ['actor:a'],
      selection: { type: 'pair' as const, speakerId: 'actor:a', addresseeId: 'actor:b' },
    };
    expect(restoreCanvasState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});

describe('effectiveLayout', () => {
  it('uses dagre for threads whatever was chosen', () => {
    expect(effectiveLayout({ mode: 'thread', layout: 'concentric' })).toBe('dagre');
    expect(effectiveLayout({ mode: 'explore', layout: 'concentric' })).toBe('concentric');
    expect(effectiveLayout({ mode: 'who-said-what', layout: 'dagre' })).toBe('fcose');
  });
});
