import { articleId, ID_PATTERNS, statementId } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { DEV_SET_DIR, loadLiteGold, loadSeedGold } from './eval/gold';
import { evaluate } from './eval/run-eval';
import { precisionRecallF1, sumCounts } from './eval/score';
import { extract } from './test-support';

const seed = loadSeedGold();
const universe = [...seed, ...loadLiteGold(DEV_SET_DIR)];

describe('extractArticle on the seed articles', () => {
  const results = evaluate(seed, universe, 'nothing');
  const f1 = (pick: 'statements' | 'meetings' | 'replies') =>
    precisionRecallF1(sumCounts(results.map((r) => r.score[pick]))).f1;

  it('finds the curated statements and meetings from the raw text alone (F1 at least 0.9)', () => {
    expect(f1('statements')).toBeGreaterThanOrEqual(0.9);
    expect(f1('meetings')).toBeGreaterThanOrEqual(0.9);
    expect(f1('replies')).toBeGreaterThanOrEqual(0.8);
  });
});

describe('extractArticle', () => {
  const text =
    'Foreign Minister Ana Lopez warned Ruritania on Monday. "We will respond," Lopez said.';

  it('returns an extracted bundle whose statement ids are the text offsets', () => {
    const x = extract(text, { title: 'Lopez warns' });
    expect(x.lang).toBe('en');
    expect(x.bundle.source).toBe('extracted');
    expect(x.bundle.article.id).toMatch(ID_PATTERNS.article);
    const quote = x.bundle.statements.find((s) => s.direct)!;
    const start = text.indexOf('We will');
    expect(quote.id).toBe(
      statementId(x.bundle.article.id, `${start}-${start + 'We will respond'.length}`),
    );
    for (const s of x.bundle.statements)
      expect(text.slice(s.evidence.start, s.evidence.end)).toContain(s.text);
  });

  it('is deterministic: the same text gives the same bundle', () => {
    expect(extract(text)).toEqual(extract(text));
    expect(extract(text).bundle.article.id).not.toBe(extract(`${text} More.`).bundle.article.id);
    expect(extract(text, { title: 'T' }).bundle.article.id).toMatch(/^article:t-[0-9a-f]{10}$/);
    expect(articleId('t')).toBe('article:t');
  });

  it('refuses text in no language it reads', () => {
    expect(() => extract('12345 — 678')).toThrow(/no language/);
  });
});
