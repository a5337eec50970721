import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';

describe('formatDate', () => {
  it('keeps the precision of the source', () => {
    expect(formatDate('2024-06-26', 'day')).toBe('26 Jun 2024');
    expect(formatDate('2024-06-01', 'month')).toBe('June 2024');
    expect(formatDate('2024-01-01', 'year')).toBe('2024');
    expect(formatDate('2024-06-24', 'week')).toBe('week of 24 Jun 2024');
  });

  it('treats a missing or unknown precision as a day and leaves non-dates alone', () => {
    expect(formatDate('2024-06-26')).toBe('26 Jun 2024');
    expect(formatDate('2024-06-26', 'fortnight')).toBe('26 Jun 2024');
    expect(formatDate('last week')).toBe('last week');
  });
});
