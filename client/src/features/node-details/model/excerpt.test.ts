import { describe, expect, it } from 'vitest';
import { excerptAround } from './excerpt';

describe('excerptAround', () => {
  const text = 'First paragraph here.\nThe minister said "no" to the plan today.\nLast one.';
  const start = text.indexOf('"no"');
  const end = start + 4;

  it('keeps the evidence inside its paragraph', () => {
    expect(excerptAround(text, start, end)).toEqual({
      before: 'The minister said ',
      evidence: '"no"',
      after: ' to the plan today.',
      cutBefore: false,
      cutAfter: false,
    });
  });

  it('cuts long context at word boundaries and says so', () => {
    const excerpt = excerptAround(text, start, end, 8);
    expect(excerpt?.before).toBe('said ');
    expect(excerpt?.after).toBe(' to the');
    expect(excerpt?.cutBefore).toBe(true);
    expect(excerpt?.cutAfter).toBe(true);
  });

  it('slices Telugu by UTF-16 offsets like the bundles do', () => {
    const telugu = 'మరియా జఖరోవా హెచ్చరించారు';
    const from = telugu.indexOf('జఖరోవా');
    expect(excerptAround(telugu, from, from + 'జఖరోవా'.length)?.evidence).toBe('జఖరోవా');
  });

  it('refuses offsets outside the text', () => {
    expect(excerptAround(text, 10, text.length + 1)).toBeNull();
    expect(excerptAround(text, 5, 5)).toBeNull();
  });
});
