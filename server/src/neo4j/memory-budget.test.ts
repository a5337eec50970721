import { describe, expect, it } from 'vitest';
import { bytesOf, transactionMemoryBudget } from './memory-budget';

describe('transactionMemoryBudget', () => {
  it('gives one transaction half the heap and all of them together 60 %', () => {
    expect(transactionMemoryBudget('512m')).toEqual({
      perTransactionBytes: 256 * 1024 ** 2,
      totalBytes: Math.floor(0.6 * 512 * 1024 ** 2),
    });
  });

  it('reads k, m and g in either case', () => {
    expect(bytesOf('64k')).toBe(64 * 1024);
    expect(bytesOf('2G')).toBe(2 * 1024 ** 3);
    expect(() => bytesOf('12')).toThrow(/not a size/);
  });
});
