import { describe, expect, it } from 'vitest';
import { bestMatch, buildFulltextQuery } from './fulltext-query';

describe('buildFulltextQuery', () => {
  it('requires every word and lets the last one be a prefix', () => {
    expect(buildFulltextQuery('Maria Zakh')).toBe('maria AND (zakh OR zakh*)');
  });

  it('keeps Telugu script intact', () => {
    expect(buildFulltextQuery('జఖరోవా')).toBe('(జఖరోవా OR జఖరోవా*)');
  });

  it('drops punctuation and Lucene operators so typed text is never syntax', () => {
    expect(buildFulltextQuery('") MATCH (n) DETACH DELETE n //')).toBe(
      'match AND n AND detach AND delete AND (n OR n*)',
    );
    expect(buildFulltextQuery('AND OR NOT')).toBe('');
    expect(buildFulltextQuery('*?~^')).toBe('');
  });

  it('splits hyphenated names into words', () => {
    expect(buildFulltextQuery('Lim Soo-suk')).toBe('lim AND soo AND (suk OR suk*)');
  });
});

describe('bestMatch', () => {
  it('returns the alias that matched, in its own script', () => {
    expect(bestMatch('జఖారో', ['Maria Zakharova', 'జఖరోవా', 'జఖారోవా'])).toBe('జఖారోవా');
  });

  it('cuts long text to a snippet around the match', () => {
    const text = `${'a '.repeat(100)}Rudenko held talks${' b'.repeat(100)}`;
    const snippet = bestMatch('rudenko', [text]);
    expect(snippet).toContain('Rudenko held talks');
    expect(snippet?.startsWith('…')).toBe(true);
    expect(snippet?.endsWith('…')).toBe(true);
  });

  it('returns undefined when nothing contains the input', () => {
    expect(bestMatch('xyz', ['abc'])).toBeUndefined();
  });
});
