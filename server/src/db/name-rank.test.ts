import { describe, expect, it } from 'vitest';
import { NameRank, rankName } from './name-rank';

const ZAKHAROVA = ['Maria Zakharova', 'మరియా జఖరోవా', 'జఖరోవా'];

describe('rankName', () => {
  it('ranks the name as typed first', () => {
    expect(rankName(['maria zakharova'], ZAKHAROVA)).toBe(NameRank.exact);
    expect(rankName(['జఖరోవా'], ZAKHAROVA)).toBe(NameRank.exact);
  });

  it('then a name holding every word, the last perhaps begun', () => {
    expect(rankName(['Zakharova'], ZAKHAROVA)).toBe(NameRank.words);
    expect(rankName(['Maria Zakh'], ZAKHAROVA)).toBe(NameRank.words);
  });

  it('then a name that sounds the same by the phonetic keys of ingest', () => {
    expect(rankName(['Jakharova'], ZAKHAROVA)).toBe(NameRank.sound);
  });

  it('then anything else the index found (a typo)', () => {
    expect(rankName(['Zaharova'], ZAKHAROVA)).toBe(NameRank.typo);
  });

  it('takes the best of the query forms', () => {
    expect(rankName(['Захарова', 'Zakharova'], ZAKHAROVA)).toBe(NameRank.words);
  });
});
