import { describe, expect, it } from 'vitest';
import { resolveDate } from './resolve-date';

// 2024-04-26 was a Friday.
const FRIDAY = '2024-04-26';

describe('resolveDate', () => {
  it('takes a weekday as the latest such day on or before publication', () => {
    expect(resolveDate({ kind: 'weekday', weekday: 5 }, FRIDAY)).toEqual({
      date: '2024-04-26',
      precision: 'day',
    });
    expect(resolveDate({ kind: 'weekday', weekday: 3 }, FRIDAY)).toEqual({
      date: '2024-04-24',
      precision: 'day',
    });
    expect(resolveDate({ kind: 'weekday', weekday: 6 }, FRIDAY)?.date).toBe('2024-04-20');
  });

  it('gives last week as its Monday with week precision', () => {
    expect(resolveDate({ kind: 'weeks-ago', weeks: 1 }, FRIDAY)).toEqual({
      date: '2024-04-15',
      precision: 'week',
    });
  });

  it('resolves days and months ago', () => {
    expect(resolveDate({ kind: 'days-ago', days: 1 }, FRIDAY)?.date).toBe('2024-04-25');
    expect(resolveDate({ kind: 'months-ago', months: 1 }, '2024-01-10')).toEqual({
      date: '2023-12-01',
      precision: 'month',
    });
  });

  it('puts a calendar date without year in the year that keeps it in the past', () => {
    expect(resolveDate({ kind: 'calendar', month: 4, day: 9 }, FRIDAY)?.date).toBe('2024-04-09');
    expect(resolveDate({ kind: 'calendar', month: 12, day: 30 }, '2024-01-03')?.date).toBe(
      '2023-12-30',
    );
    expect(resolveDate({ kind: 'calendar', month: 6, year: 2023 }, undefined)).toEqual({
      date: '2023-06-01',
      precision: 'month',
    });
  });

  it('cannot resolve relative dates without a publication date', () => {
    expect(resolveDate({ kind: 'weekday', weekday: 5 }, undefined)).toBeUndefined();
  });
});
