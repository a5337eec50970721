import { describe, expect, it } from 'vitest';
import { ellipsisLine, wrapLines } from './label-lines';

/** Every character 10 px wide. */
const measure = (text: string) => [...text].length * 10;

describe('wrapLines', () => {
  it('keeps a label that fits on one line', () => {
    expect(wrapLines('Seoul', 100, measure)).toEqual(['Seoul']);
  });

  it('puts words on a line while it fits, and a word wider than a line on its own', () => {
    expect(wrapLines('Russian Foreign Ministry of Affairs', 120, measure)).toEqual([
      'Russian',
      'Foreign',
      'Ministry of',
      'Affairs',
    ]);
    expect(wrapLines('Andrey Rudenko', 50, measure)).toEqual(['Andrey', 'Rudenko']);
  });

  it('keeps line breaks of the label', () => {
    expect(wrapLines('a b\nc', 100, measure)).toEqual(['a b', 'c']);
  });
});

describe('ellipsisLine', () => {
  it('cuts where the text and the ellipsis fill the width', () => {
    expect(ellipsisLine('Zakharova: we warn Seoul', 100, measure)).toBe('Zakharova…');
    expect(ellipsisLine('Short', 100, measure)).toBe('Short');
  });

  it('cuts by character, not by UTF-16 unit', () => {
    expect(ellipsisLine('జఖరోవా హెచ్చరిక', 40, measure)).toBe('జఖర…');
  });
});
