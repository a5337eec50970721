import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it('tells Telugu from English by script, even with Latin names inside', () => {
    expect(detectLanguage('Yonhap వార్తా సంస్థ నివేదించింది.')).toBe('te');
    expect(detectLanguage('Lim Soo-suk said on Friday.')).toBe('en');
  });

  it('finds nothing in text without letters', () => {
    expect(detectLanguage('2024 — 42')).toBeUndefined();
  });
});
