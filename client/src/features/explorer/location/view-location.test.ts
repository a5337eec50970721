import { getEmptyViewState, parseViewState } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { getEmptyCanvasState } from '../state/canvas-state';
import { historyStep, viewPath, viewSourceAt } from './view-location';

describe('viewSourceAt', () => {
  it('reads a saved view, a link or nothing from the address', () => {
    expect(viewSourceAt('/v/AbC_-123', '')).toEqual({ kind: 'saved', id: 'AbC_-123' });
    expect(viewSourceAt('/', '?view=eyJ2IjoyfQ')).toEqual({ kind: 'link', token: 'eyJ2IjoyfQ' });
    expect(viewSourceAt('/', '')).toEqual({ kind: 'none' });
    expect(viewSourceAt('/anything', '?q=1')).toEqual({ kind: 'none' });
  });
});

describe('viewPath', () => {
  const state = { ...getEmptyViewState(), focusNodeId: 'actor:a' };

  it('writes the state itself, which reads back the same', () => {
    const path = viewPath(state, null);
    const token = new URLSearchParams(path.slice(1)).get('view') ?? '';
    expect(parseViewState(token).state).toEqual(state);
  });

  it('keeps the saved view’s short address while the view is still what was saved', () => {
    const saved = viewPath(state, null).replace('/?view=', '');
    expect(viewPath(state, { id: 'AAAAAAAAAAAAAAAAAAAAAA', token: saved })).toBe(
      '/v/AAAAAAAAAAAAAAAAAAAAAA',
    );
    const changed = { ...state, layout: 'dagre' as const };
    expect(viewPath(changed, { id: 'AAAAAAAAAAAAAAAAAAAAAA', token: saved })).toMatch(/^\/\?view=/);
  });
});

describe('historyStep', () => {
  const state = getEmptyCanvasState();

  it('gives what Back should undo its own entry', () => {
    expect(historyStep(state, { ...state, addedNodeIds: ['actor:a'] })).toBe('push');
    expect(historyStep(state, { ...state, mode: 'who-said-what' })).toBe('push');
  });

  it('updates the entry in place for a new selection or focus', () => {
    const selected = { ...state, selection: { type: 'node' as const, id: 'actor:a' } };
    expect(historyStep(state, { ...selected, focusNodeId: 'actor:a' })).toBe('replace');
  });
});
