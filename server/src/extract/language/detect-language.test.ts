import { ARTICLE_LANGUAGES } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

const detect = (text: string) => detectLanguage(text, ARTICLE_LANGUAGES);

describe('detectLanguage', () => {
  it('tells Telugu from English by script, even with Latin names inside', () => {
    expect(detect('Yonhap వార్తా సంస్థ నివేదించింది.')).toBe('te');
    expect(detect('Lim Soo-suk said on Friday.')).toBe('en');
  });

  it('finds nothing in text without letters', () => {
    expect(detect('2024 — 42')).toBeUndefined();
  });
});
