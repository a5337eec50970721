import { afterAll, describe, expect, it } from 'vitest';
import { KnownEntityIndex } from '../extract/entities/known-entities';
import { UnsupportedLanguageError } from '../extract/extract-article';
import { ExtractionBusyError, ExtractionPool, ExtractionTimeoutError } from './extraction-pool';

const known = new KnownEntityIndex([
  { id: 'actor:maria-zakharova', kind: 'actor', name: 'Maria Zakharova', aliases: [] },
]);
const article = {
  text: 'Maria Zakharova said Seoul must stop the sanctions.',
  lang: 'en' as const,
};

describe('ExtractionPool', () => {
  const pool = new ExtractionPool({ size: 1, maxWaiting: 2 });
  afterAll(() => pool.close());

  it('reads an article in a worker against the known entities it is given', async () => {
    const extraction = await pool.extract(article, known, 20_000);
    expect(extraction.bundle.statements.map((s) => s.speakers)).toEqual([
      ['actor:maria-zakharova'],
    ]);
    expect(extraction.knownIds).toContain('actor:maria-zakharova');
  });

  it('stops an article over its time cap and reads the next one in a fresh worker', async () => {
    const long = { text: `${article.text} `.repeat(2_000), lang: 'en' as const };
    await expect(pool.extract(long, known, 1)).rejects.toBeInstanceOf(ExtractionTimeoutError);
    const next = await pool.extract(article, new KnownEntityIndex([]), 20_000);
    expect(next.knownIds).toEqual([]);
  });

  it('refuses an article that waited for a worker until its time cap ran out', async () => {
    const long = { text: `${article.text} `.repeat(2_000), lang: 'en' as const };
    const first = pool.extract(long, known, 20_000);
    await expect(pool.extract(article, known, 1)).rejects.toBeInstanceOf(ExtractionBusyError);
    await first;
  });

  it('passes on an article in no language it reads', async () => {
    await expect(pool.extract({ text: '12345 67890' }, known, 20_000)).rejects.toBeInstanceOf(
      UnsupportedLanguageError,
    );
  });

  it('refuses articles beyond its queue, one running and two waiting', async () => {
    const jobs = Array.from({ length: 4 }, () => pool.extract(article, known, 20_000));
    const settled = await Promise.allSettled(jobs);
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
    ]);
    expect((settled[3] as PromiseRejectedResult).reason).toBeInstanceOf(ExtractionBusyError);
  });
});
