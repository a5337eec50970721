import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW_STATE, restoreViewState } from './view-state';

describe('restoreViewState', () => {
  it('fills defaults for a minimal state', () => {
    expect(restoreViewState({ v: 1 })).toEqual({ state: EMPTY_VIEW_STATE, problems: [] });
  });

  it('keeps valid fields and resets invalid ones, naming them', () => {
    const { state, problems } = restoreViewState({
      v: 1,
      mode: 'thread',
      focus: 'actor:maria-zakharova',
      viewport: { zoom: -3, pan: { x: 0, y: 0 } },
    });
    expect(state.mode).toBe('thread');
    expect(state.focus).toBe('actor:maria-zakharova');
    expect(state.viewport).toBeUndefined();
    expect(problems).toEqual(['viewport was invalid and was reset']);
  });

  it('reads an unknown version as the current one and says so', () => {
    const { state, problems } = restoreViewState({ v: 99, mode: 'who-said-what' });
    expect(state.mode).toBe('who-said-what');
    expect(problems[0]).toMatch(/unknown view version 99/);
  });

  it('never throws on garbage', () => {
    for (const input of [null, 'x', 42, [], { v: 1, filters: 'nope' }])
      expect(() => restoreViewState(input)).not.toThrow();
  });
});
