import { describe, expect, it } from 'vitest';
import { loadConfig } from './env';

describe('loadConfig', () => {
  it('listens on loopback unless PARLEY_HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ PARLEY_HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('counts saved views in a bucket of their own', () => {
    expect(loadConfig({}).rateLimits).toEqual({
      writesPerMinute: 60,
      searchesPerMinute: 600,
      viewsPerMinute: 60,
    });
    expect(loadConfig({ PARLEY_VIEW_RATE_LIMIT: '5' }).rateLimits.viewsPerMinute).toBe(5);
  });

  it('names a bad variable', () => {
    expect(() => loadConfig({ PARLEY_HOST: ' ' })).toThrow(/PARLEY_HOST/);
  });
});
