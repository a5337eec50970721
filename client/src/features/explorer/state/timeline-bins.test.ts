import { describe, expect, it } from 'vitest';
import { binDays, binInRange, playWindow } from './timeline-bins';

describe('binDays', () => {
  it('counts per day over a short span, empty days included', () => {
    const { unit, bins } = binDays(['2024-06-01', '2024-06-01', '2024-06-03']);
    expect(unit).toBe('day');
    expect(bins).toEqual([
      { from: '2024-06-01', to: '2024-06-01', count: 2 },
      { from: '2024-06-02', to: '2024-06-02', count: 0 },
      { from: '2024-06-03', to: '2024-06-03', count: 1 },
    ]);
  });

  it('counts per week (from Monday) over months, per month over years', () => {
    const weeks = binDays(['2024-06-05', '2024-09-30']);
    expect(weeks.unit).toBe('week');
    expect(weeks.bins[0]).toEqual({ from: '2024-06-03', to: '2024-06-09', count: 1 });
    expect(weeks.bins.at(-1)).toEqual({ from: '2024-09-30', to: '2024-10-06', count: 1 });
    const months = binDays(['2022-01-31', '2024-02-10']);
    expect(months.unit).toBe('month');
    expect(months.bins).toHaveLength(26);
    expect(months.bins[0]).toEqual({ from: '2022-01-01', to: '2022-01-31', count: 1 });
    expect(months.bins.at(-1)).toEqual({ from: '2024-02-01', to: '2024-02-29', count: 1 });
  });

  it('has no bins without dates', () => {
    expect(binDays([]).bins).toEqual([]);
  });
});

describe('ranges and play', () => {
  const { bins } = binDays(['2024-06-01', '2024-06-05']);

  it('tells which bins a range covers, open ends included', () => {
    expect(bins.filter((b) => binInRange(b, '2024-06-02', '2024-06-03'))).toHaveLength(2);
    expect(bins.filter((b) => binInRange(b, null, '2024-06-02'))).toHaveLength(2);
    expect(bins.filter((b) => binInRange(b, null, null))).toHaveLength(5);
  });

  it('slides a window of bins to the end, then stops', () => {
    expect(playWindow(bins, 2, 0)).toEqual({ from: '2024-06-01', to: '2024-06-02' });
    expect(playWindow(bins, 2, 3)).toEqual({ from: '2024-06-04', to: '2024-06-05' });
    expect(playWindow(bins, 2, 4)).toBeNull();
  });
});
