import { describe, expect, it } from 'vitest';
import {
  addChosen,
  keepDrawn,
  neighbourIds,
  selectedNodeIds,
  toggleChosen,
} from './node-selection';

describe('the selection of several nodes', () => {
  it('is the one node the details show until more are chosen', () => {
    expect(selectedNodeIds([], 'actor:a')).toEqual(['actor:a']);
    expect(selectedNodeIds([], null)).toEqual([]);
    expect(selectedNodeIds(['actor:b', 'actor:c'], 'actor:a')).toEqual(['actor:b', 'actor:c']);
  });

  it('shift-click adds to the node already selected, and a second shift-click takes it out', () => {
    const two = toggleChosen([], 'actor:a', 'actor:b');
    expect(two).toEqual(['actor:a', 'actor:b']);
    expect(toggleChosen(two, 'actor:a', 'actor:a')).toEqual(['actor:b']);
    expect(toggleChosen([], null, 'actor:b')).toEqual(['actor:b']);
  });

  it('adds a box or the neighbours once each', () => {
    expect(addChosen([], 'actor:a', ['actor:b', 'actor:a', 'actor:b'])).toEqual([
      'actor:a',
      'actor:b',
    ]);
    const same = ['actor:a', 'actor:b'];
    expect(addChosen(same, null, ['actor:b'])).toBe(same);
  });

  it('keeps only what is still drawn, unchanged when all of it is', () => {
    const chosen = ['actor:a', 'actor:b'];
    expect(keepDrawn(chosen, new Set(['actor:a', 'actor:b', 'actor:c']))).toBe(chosen);
    expect(keepDrawn(chosen, new Set(['actor:b']))).toEqual(['actor:b']);
  });

  it('finds the neighbours of a node along the drawn edges, either way', () => {
    const edges = [
      { source: 'actor:a', target: 'statement:s' },
      { source: 'actor:b', target: 'actor:a' },
      { source: 'actor:b', target: 'actor:c' },
      { source: 'actor:b', target: 'actor:a' },
    ];
    expect(neighbourIds('actor:a', edges)).toEqual(['statement:s', 'actor:b']);
  });
});
