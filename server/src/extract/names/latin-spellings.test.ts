import { describe, expect, it } from 'vitest';
import { latinSpellings } from './latin-spellings';

describe('latinSpellings', () => {
  it('spells through the language module that reads the script', () => {
    expect(latinSpellings('Захарова')).toEqual(['Zakharova']);
    expect(latinSpellings('జఖరోవా')).toEqual(['Jakharova']);
    expect(latinSpellings('윤석열')).toContain('Yoon Suk-yeol');
  });

  it('spells other scripts letter by letter', () => {
    expect(latinSpellings('Ζαχάροβα')).toEqual(['Zacharova']);
  });

  it('has nothing to add to Latin letters', () => {
    expect(latinSpellings('Zakharova')).toEqual([]);
    expect(latinSpellings('Škoda')).toEqual([]);
  });
});
