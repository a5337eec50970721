import { describe, expect, it } from 'vitest';
import { withTypos } from './samples';

describe('withTypos', () => {
  it('drops a letter from mid-length words and also swaps two in long ones', () => {
    expect(withTypos('Kari Mosunle 1a')).toBe('Kri Msulne 1a');
    expect(withTypos('Zakharova')).toBe('Zkhraova');
  });
});
