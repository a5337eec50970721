import { describe, expect, it } from 'vitest';
import { segmentText } from './highlights';

describe('segmentText', () => {
  it('covers the whole text, plain runs included', () => {
    expect(segmentText(10, [{ id: 's1', kind: 'statement', start: 2, end: 5 }])).toEqual([
      { start: 0, end: 2, factIds: [], kinds: [] },
      { start: 2, end: 5, factIds: ['s1'], kinds: ['statement'] },
      { start: 5, end: 10, factIds: [], kinds: [] },
    ]);
  });

  it('marks an overlap with every fact that covers it', () => {
    const segments = segmentText(12, [
      { id: 's1', kind: 'statement', start: 0, end: 8 },
      { id: 'm1', kind: 'meeting', start: 4, end: 12 },
    ]);
    expect(segments.map((s) => [s.start, s.end, s.factIds])).toEqual([
      [0, 4, ['s1']],
      [4, 8, ['s1', 'm1']],
      [8, 12, ['m1']],
    ]);
    expect(segments[1]!.kinds).toEqual(['statement', 'meeting']);
  });

  it('clamps evidence that runs past the text and drops empty spans', () => {
    expect(
      segmentText(4, [
        { id: 'a', kind: 'statement', start: 2, end: 99 },
        { id: 'b', kind: 'meeting', start: 3, end: 3 },
      ]),
    ).toEqual([
      { start: 0, end: 2, factIds: [], kinds: [] },
      { start: 2, end: 4, factIds: ['a'], kinds: ['statement'] },
    ]);
  });

  it('gives an empty text no segments', () => {
    expect(segmentText(0, [])).toEqual([]);
  });
});
