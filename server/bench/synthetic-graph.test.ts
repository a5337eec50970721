import { ingestBundleSchema } from '@parley/graph-schema';
import { describe, expect, it } from 'vitest';
import { syntheticBundles } from './synthetic-graph';

describe('syntheticBundles', () => {
  const bundles = [...syntheticBundles({ statements: 2_000, seed: 7 })];

  it('produces exactly the statements asked for, in valid bundles', () => {
    expect(bundles.reduce((n, b) => n + b.statements.length, 0)).toBe(2_000);
    for (const bundle of bundles) expect(() => ingestBundleSchema.parse(bundle)).not.toThrow();
  });

  it('points every statement at its own words in the article', () => {
    for (const { article, statements } of bundles)
      for (const s of statements)
        expect(article.text.slice(s.evidence.start, s.evidence.end)).toContain(s.text);
  });

  it('has replies, several languages and a few very active speakers', () => {
    const statements = bundles.flatMap((b) => b.statements);
    expect(statements.filter((s) => s.respondsTo.length > 0).length).toBeGreaterThan(500);
    expect(new Set(bundles.map((b) => b.article.lang)).size).toBeGreaterThanOrEqual(4);
    const bySpeaker = new Map<string, number>();
    for (const s of statements)
      bySpeaker.set(s.speakers[0]!, (bySpeaker.get(s.speakers[0]!) ?? 0) + 1);
    const top = Math.max(...bySpeaker.values());
    expect(top).toBeGreaterThan(10 * (statements.length / bySpeaker.size));
  });

  it('is deterministic for a seed', () => {
    const again = [...syntheticBundles({ statements: 2_000, seed: 7 })];
    expect(again).toEqual(bundles);
  });
});
