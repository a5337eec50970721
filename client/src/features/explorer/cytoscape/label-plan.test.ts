import { describe, expect, it } from 'vitest';
import { overlapShare, planLabels, type LabelCandidate } from './label-plan';

const label = (
  id: string,
  x: number,
  y: number,
  priority: number,
  screenFontPx = 12,
  width = 40,
): LabelCandidate => ({ id, x1: x, y1: y, x2: x + width, y2: y + 10, screenFontPx, priority });

describe('overlapShare', () => {
  it('is the shared area over the smaller box', () => {
    const a = { x1: 0, y1: 0, x2: 10, y2: 10 };
    expect(overlapShare(a, { x1: 5, y1: 0, x2: 25, y2: 10 })).toBe(0.5);
    expect(overlapShare(a, { x1: 10, y1: 0, x2: 20, y2: 10 })).toBe(0);
    expect(overlapShare(a, { x1: 2, y1: 2, x2: 4, y2: 4 })).toBe(1);
  });
});

describe('planLabels', () => {
  it('keeps the more important of two labels that pile up', () => {
    const shown = planLabels([label('low', 5, 0, 1), label('high', 0, 0, 9)]);
    expect([...shown]).toEqual(['high']);
  });

  it('draws labels that touch or barely overlap (up to a tenth of the smaller)', () => {
    const shown = planLabels([label('a', 0, 0, 2), label('b', 40, 0, 1), label('c', 0, 9, 1)]);
    expect(shown).toEqual(new Set(['a', 'b', 'c']));
    expect(planLabels([label('a', 0, 0, 2), label('d', 0, 8.9, 1)])).toEqual(new Set(['a']));
  });

  it('leaves out a label too small to read, however important', () => {
    expect(planLabels([label('tiny', 0, 0, 100, 10.9), label('ok', 0, 0, 1, 11)])).toEqual(
      new Set(['ok']),
    );
  });

  it('breaks ties by id, so the same graph always gets the same labels', () => {
    expect(planLabels([label('b', 5, 0, 1), label('a', 0, 0, 1)])).toEqual(new Set(['a']));
  });

  it('holds the rule over thousands of labels: no two drawn overlap by more than a tenth', () => {
    const candidates = Array.from({ length: 3000 }, (_, i) =>
      label(`n${i}`, (i * 7919) % 997, (i * 104729) % 613, i % 17, 12, 20 + (i % 60)),
    );
    const plan = planLabels(candidates);
    const shown = candidates.filter((c) => plan.has(c.id));
    expect(shown.length).toBeGreaterThan(200);
    let worst = 0;
    shown.forEach((a, i) =>
      shown.slice(i + 1).forEach((b) => (worst = Math.max(worst, overlapShare(a, b)))),
    );
    expect(worst).toBeLessThanOrEqual(0.1);
  });
});
