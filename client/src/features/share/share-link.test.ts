import { VIEW_LIMITS, getEmptyViewState, parseViewState } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { chooseShareLink } from './share-link';

const origin = 'http://localhost:8080';

describe('chooseShareLink', () => {
  it('shares a short view as its own link, which opens the same view', () => {
    const state = { ...getEmptyViewState(), focusNodeId: 'actor:andrey-rudenko' };
    const choice = chooseShareLink(origin, state, null);
    if (choice.kind !== 'link') throw new Error('expected a link');
    const token = new URL(choice.url).searchParams.get('view') ?? '';
    expect(parseViewState(token).state).toEqual(state);
  });

  it('saves a view that is long or has nodes placed by hand', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `actor:someone-with-a-long-name-${i}`);
    const long = { ...getEmptyViewState(), addedNodeIds: ids };
    const choice = chooseShareLink(origin, long, null);
    expect(choice.kind).toBe('save');
    if (choice.kind === 'save')
      expect(choice.fallbackUrl.length).toBeGreaterThan(VIEW_LIMITS.urlChars);
    const placed = { ...getEmptyViewState(), positions: { 'actor:a': { x: 1, y: 2 } } };
    expect(chooseShareLink(origin, placed, null).kind).toBe('save');
  });

  it('shares a saved view that has not changed by its id', () => {
    const placed = { ...getEmptyViewState(), positions: { 'actor:a': { x: 1, y: 2 } } };
    expect(chooseShareLink(origin, placed, 'AAAAAAAAAAAAAAAAAAAAAA')).toEqual({
      kind: 'link',
      url: `${origin}/v/AAAAAAAAAAAAAAAAAAAAAA`,
    });
  });
});
