import type { ReviewQueueItem, ReviewQueueResponse } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import {
  afterDecision,
  indexOf,
  nearTheEnd,
  queueItems,
  remainingOf,
  START,
  step,
} from './review-queue';

const item = (key: string): ReviewQueueItem => ({
  statement: { id: `statement:a:${key}`, kind: 'statement', label: key, properties: {} },
  speakers: [],
  candidates: [],
  addressees: [],
  sentence: null,
});
const page = (keys: string[], remaining: number): ReviewQueueResponse => ({
  items: keys.map(item),
  remaining,
  truncated: false,
});
const ITEMS = queueItems([page(['a', 'b', 'c'], 9), page(['c', 'd'], 8)]);

describe('the review queue', () => {
  it('joins its pages once each and counts what is left as the newest page did', () => {
    expect(ITEMS.map((i) => i.statement.label)).toEqual(['a', 'b', 'c', 'd']);
    expect(remainingOf([page(['a'], 9), page(['b'], 8)])).toBe(8);
    expect(remainingOf([])).toBe(0);
  });

  it('steps within what is loaded, stopping at either end', () => {
    const second = step(ITEMS, START, 1);
    expect(second).toEqual({ id: 'statement:a:b', index: 1 });
    expect(step(ITEMS, second, 10)).toEqual({ id: 'statement:a:d', index: 3 });
    expect(step(ITEMS, second, -5)).toEqual({ id: 'statement:a:a', index: 0 });
    expect(step([], START, 1)).toEqual(START);
  });

  it('follows the statement on screen when the pages move around it', () => {
    const onC = step(ITEMS, START, 2);
    expect(indexOf(queueItems([page(['x', 'a', 'b', 'c'], 9)]), onC)).toBe(3);
  });

  it('after a decision shows the next statement, in the place the decided one leaves', () => {
    const onB = step(ITEMS, START, 1);
    const next = afterDecision(ITEMS, onB);
    expect(next).toEqual({ id: 'statement:a:c', index: 1 });
    const refetched = queueItems([page(['a', 'c', 'd'], 7)]);
    expect(indexOf(refetched, next)).toBe(1);
    // Someone else reviewed it meanwhile: the place stays.
    expect(indexOf(queueItems([page(['a', 'd'], 6)]), next)).toBe(1);
    const last = step(ITEMS, START, 3);
    expect(afterDecision(ITEMS, last)).toEqual({ id: 'statement:a:c', index: 2 });
    expect(afterDecision([item('only')], START)).toEqual(START);
  });

  it('asks for the next page three statements before the end', () => {
    expect(nearTheEnd(ITEMS, START)).toBe(false);
    expect(nearTheEnd(ITEMS, step(ITEMS, START, 1))).toBe(true);
  });
});
