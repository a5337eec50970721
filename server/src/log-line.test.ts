import { describe, expect, it } from 'vitest';
import { prettyLogLine } from './log-line';

describe('prettyLogLine', () => {
  it('prints time, level and message, then the other fields', () => {
    const line = JSON.stringify({
      level: 40,
      time: Date.UTC(2026, 0, 2, 3, 4, 5, 6),
      msg: 'Slow',
      ms: 12,
    });
    expect(prettyLogLine(`${line}\n`)).toBe('03:04:05.006 WARN  Slow ms=12\n');
  });

  it('passes a line that is not JSON through', () => {
    expect(prettyLogLine('plain\n')).toBe('plain\n');
  });
});
