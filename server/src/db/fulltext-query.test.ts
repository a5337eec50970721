import { describe, expect, it } from 'vitest';
import { bestMatch, buildFulltextQuery, buildNameQuery } from './fulltext-query';

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

describe('buildNameQuery', () => {
  it('lets each word be exact, a typo away (two edits from seven letters) and the last a prefix', () => {
    expect(buildNameQuery('Maria Zaharova', [])).toBe(
      '((maria^4 OR maria~1^1) AND (zaharova^4 OR zaharova*^2 OR zaharova~2^1))',
    );
  });

  it('gives words under four letters no edits', () => {
    expect(buildNameQuery('Kim', [])).toBe('((kim^4 OR kim*^2))');
  });

  it('adds each Latin spelling at half weight', () => {
    expect(buildNameQuery('Захарова', ['Zakharova'])).toBe(
      '((захарова^4 OR захарова*^2 OR захарова~2^1)) OR ((zakharova^2 OR zakharova*^1 OR zakharova~2^0.5))',
    );
  });

  it('never lets typed text be syntax', () => {
    expect(buildNameQuery('*?~^', [])).toBe('');
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
