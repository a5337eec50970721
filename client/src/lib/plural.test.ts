import { describe, expect, it } from 'vitest';
import { pluralise } from './plural';

describe('pluralise', () => {
  it('agrees the noun with the count', () => {
    expect(pluralise(1, 'meeting')).toBe('1 meeting');
    expect(pluralise(0, 'meeting')).toBe('0 meetings');
    expect(pluralise(2, 'party', 'parties')).toBe('2 parties');
    expect(pluralise(1, 'statement stays', 'statements stay')).toBe('1 statement stays');
  });

  it('groups the thousands', () => {
    expect(pluralise(1024, 'node')).toBe('1,024 nodes');
  });
});
