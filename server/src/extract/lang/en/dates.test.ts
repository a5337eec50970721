import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../dates/resolve-date';
import { firstEnglishDate } from './dates';

const PUBLISHED = '2024-06-19'; // a Wednesday

const dateIn = (sentence: string, published: string | undefined) => {
  const cue = firstEnglishDate(sentence);
  return cue && resolveDate(cue, published);
};

describe('English dates, read with chrono and resolved against publication', () => {
  it.each([
    ['Lavrov said on Monday that talks would resume.', '2024-06-17', 'day'],
    ['Lavrov said on Monday (local time) that talks would resume.', '2024-06-17', 'day'],
    ['On Friday, the ministry warned Seoul.', '2024-06-14', 'day'],
    ['She spoke two days ago.', '2024-06-17', 'day'],
    ['The envoy arrived yesterday.', '2024-06-18', 'day'],
    ['The talks were held on 2024-07-03.', '2024-07-03', 'day'],
    ['They met on June 16.', '2024-06-16', 'day'],
    ['They met on 16 June 2023.', '2023-06-16', 'day'],
    ['The leaders met in mid-June.', '2024-06-01', 'month'],
    ['The minister visited Seoul last week.', '2024-06-10', 'week'],
    ['Earlier this month, Pyongyang fired a missile.', '2024-06-01', 'month'],
    ['He spoke on December 30.', '2023-12-30', 'day'],
  ])('%s', (sentence, date, precision) => {
    expect(dateIn(sentence, PUBLISHED)).toEqual({ date, precision });
  });

  it('gives no date where the sentence names none, or only an hour', () => {
    expect(firstEnglishDate('Kim said this during a briefing.')).toBeUndefined();
    expect(firstEnglishDate('The call began at 5 pm.')).toBeUndefined();
  });

  it('resolves only full calendar dates without a publication date', () => {
    expect(dateIn('They met on 16 June 2023.', undefined)).toEqual({
      date: '2023-06-16',
      precision: 'day',
    });
    expect(dateIn('They met on Monday.', undefined)).toBeUndefined();
  });
});
