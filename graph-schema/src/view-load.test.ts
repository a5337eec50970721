import { describe, expect, it } from 'vitest';
import { getEmptyViewState, type ViewState } from './view-state';
import { VIEW_LOAD_LIMITS, boundViewLoad } from './view-load';

const withPages = (...pages: number[]): ViewState => ({
  ...getEmptyViewState(),
  expansions: pages.map((p, i) => ({ nodeId: `actor:a${i}`, pages: p })),
});

describe('boundViewLoad', () => {
  it('opens a small view whole without asking', () => {
    const state = withPages(3, 2);
    const asked: number[] = [];
    expect(boundViewLoad(state, (n) => (asked.push(n), true))).toBe(state);
    expect(asked).toEqual([]);
  });

  it('asks before a large view and opens its first pages when the reader declines', () => {
    const state = withPages(30, 30);
    const declined = boundViewLoad(state, () => false);
    expect(declined.expansions).toEqual([
      { nodeId: 'actor:a0', pages: 30 },
      { nodeId: 'actor:a1', pages: VIEW_LOAD_LIMITS.pagesWithoutAsking - 30 },
    ]);
    expect(boundViewLoad(state, () => true)).toBe(state);
  });

  it('never loads more than the limits, even when the reader agrees', () => {
    const state = {
      ...withPages(...Array.from({ length: 2_000 }, () => 100)),
      addedNodeIds: Array.from({ length: 2_000 }, (_, i) => `actor:n${i}`),
    };
    const asked: number[] = [];
    const opened = boundViewLoad(state, (n) => (asked.push(n), true));
    expect(asked).toEqual([VIEW_LOAD_LIMITS.expansionPages]);
    expect(opened.expansions.reduce((sum, e) => sum + e.pages, 0)).toBe(
      VIEW_LOAD_LIMITS.expansionPages,
    );
    expect(opened.addedNodeIds).toHaveLength(VIEW_LOAD_LIMITS.addedNodes);
  });
});
