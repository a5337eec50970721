import { describe, expect, it } from 'vitest';
import { english } from '../lang/en';
import { korean } from '../lang/ko';
import { telugu } from '../lang/te';
import { MAX_SENTENCE_CHARS, splitSentences } from './sentences';
import { findQuotes } from './quotes';

const texts = (text: string, module = english) =>
  splitSentences(text, module.sentences).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on terminators and keeps offsets into the text', () => {
    const text = 'Lim spoke. Rudenko replied!  Then what?';
    const sentences = splitSentences(text, english.sentences);
    expect(sentences.map((s) => s.text)).toEqual(['Lim spoke.', 'Rudenko replied!', 'Then what?']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps a quote of several sentences with its attribution', () => {
    expect(texts('"We warn Russia. We hope for calm," Lim said. He left.')).toEqual([
      '"We warn Russia. We hope for calm," Lim said.',
      'He left.',
    ]);
    expect(texts('“A. B,” she said. “Calm.” It ended.')).toEqual([
      '“A. B,” she said.',
      '“Calm.”',
      'It ended.',
    ]);
  });

  it('does not split after abbreviations and initials', () => {
    expect(texts('U.S. Secretary Blinken met Gen. Pat Ryder. S. Jaishankar spoke.')).toEqual([
      'U.S. Secretary Blinken met Gen. Pat Ryder.',
      'S. Jaishankar spoke.',
    ]);
    expect(texts('విదేశాంగ మంత్రి ఎస్. జైశంకర్ అన్నారు. ఆయన వెళ్లారు.', telugu)).toEqual([
      'విదేశాంగ మంత్రి ఎస్. జైశంకర్ అన్నారు.',
      'ఆయన వెళ్లారు.',
    ]);
  });

  it('ends a Korean sentence at its verb ending even when the next one follows without a space', () => {
    expect(texts('대사가 항의했습니다.중국 외교부가 초치했다. 3.5% 늘었다.', korean)).toEqual([
      '대사가 항의했습니다.',
      '중국 외교부가 초치했다.',
      '3.5% 늘었다.',
    ]);
  });

  it('always ends a sentence at a paragraph break', () => {
    expect(texts('First line without stop\nSecond line.')).toEqual([
      'First line without stop',
      'Second line.',
    ]);
  });

  it('reads text that never ends a sentence in bounded pieces, cut after white space', () => {
    const text = `${'said '.repeat(1_000)}"open ${'a '.repeat(2_000)}`;
    const sentences = splitSentences(text, english.sentences);
    expect(sentences.length).toBeGreaterThan(3);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    expect(sentences.flatMap((s) => s.quotes)).toHaveLength(1);
  });
});

describe('findQuotes', () => {
  it('pairs straight, curly and single quotes, leaving apostrophes alone', () => {
    const text = `"one" and “two” and Moscow’s ‘three’`;
    expect(findQuotes(text).map((q) => text.slice(q.inner.start, q.inner.end))).toEqual([
      'one',
      'two',
      'three',
    ]);
  });

  it('closes a quote left open at the end of its paragraph', () => {
    const text = '"Still talking\nnext';
    expect(findQuotes(text).map((q) => text.slice(q.inner.start, q.inner.end))).toEqual([
      'Still talking',
    ]);
  });
});
