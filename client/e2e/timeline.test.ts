import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db, postJson, TEST_TOKEN } from '@parley/server/fixture';
import {
  canvasCounts,
  expectNoPageErrors,
  launchChromium,
  openApp,
  screenshot,
  waitForNodeCount,
} from './support/browser';

const baseUrl = inject('baseUrl');
/** Four dated statements of one speaker over five weeks, and one without a date. */
const DAYS = ['2024-06-01', '2024-06-10', '2024-06-20', '2024-07-05'];
const TEXT = 'Tess Timeline spoke on four days and once on a day nobody wrote down.';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  const statement = (id: string, date?: string) => ({
    id: `statement:timeline-test:${id}`,
    speakers: ['actor:tess-timeline'],
    text: `Tess Timeline on ${date ?? 'an unknown day'}`,
    lang: 'en',
    direct: false,
    evidence: { start: 0, end: TEXT.length },
    ...(date ? { date, datePrecision: 'day' } : {}),
  });
  const { status } = await postJson(
    baseUrl,
    '/api/bundles',
    {
      version: 1,
      article: { id: 'article:timeline-test', title: 'Timeline test', lang: 'en', text: TEXT },
      actors: [{ id: 'actor:tess-timeline', name: 'Tess Timeline' }],
      statements: [...DAYS.map((day, i) => statement(`s${i}`, day)), statement('undated')],
    },
    TEST_TOKEN,
  );
  expect(status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  const db = Db.connect({ uri: inject('neo4jUri') });
  await db.write(
    "MATCH (n) WHERE n.id CONTAINS 'timeline-test' OR n.id = 'actor:tess-timeline' DETACH DELETE n",
  );
  await db.close();
});

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });

/** Drags across the histogram from the bin of one day to the bin of another. */
async function dragAcross(page: Page, fromBin: number, toBin: number, bins: number) {
  const chart = await timeline(page).getByRole('img').boundingBox();
  if (!chart) throw new Error('No histogram');
  const x = (bin: number) => chart.x + ((bin + 0.5) / bins) * chart.width;
  const y = chart.y + chart.height / 2;
  await page.mouse.move(x(fromBin), y);
  await page.mouse.down();
  await page.mouse.move(x((fromBin + toBin) / 2), y, { steps: 4 });
  await page.mouse.move(x(toBin), y, { steps: 4 });
  await page.mouse.up();
}

describe('the timeline', () => {
  it('filters the canvas to a dragged range, counts undated facts apart and hides them with one switch; a link keeps both', async () => {
    const page = await openApp(browser, baseUrl);
    const bar = timeline(page);
    await bar.getByText('4 dated statements and meetings').waitFor();
    const undated = bar.getByRole('checkbox', { name: /Show \d+ undated/ });
    const undatedCount = Number(/Show (\d+) undated/.exec((await bar.textContent()) ?? '')?.[1]);
    expect(undatedCount).toBeGreaterThan(20);
    const all = (await canvasCounts(page)).nodes;

    // 1 June to 5 July is 35 days: one bar a day. Drag from 1 June to 12 June.
    await dragAcross(page, 0, 11, 35);
    await bar.getByText('2024-06-01 – 2024-06-12: 2 of 4 dated facts').waitFor();
    await waitForNodeCount(page, (n) => n === all - 2);
    expect(await undated.isChecked()).toBe(true);
    await screenshot(page, 'timeline-range');

    // Undated facts are not passed silently: one switch takes them away.
    await undated.uncheck();
    const datedOnly = await waitForNodeCount(page, (n) => n < all - 2);
    const statements = Number(
      await page
        .locator('.filter-option')
        .filter({ has: page.getByText('Statement', { exact: true }) })
        .locator('.filter-count')
        .textContent(),
    );
    expect(statements).toBeGreaterThan(0);
    await screenshot(page, 'timeline-dated-only');

    // The address holds the range and the switch: a reload opens the same.
    await page.reload();
    await page
      .getByTestId('canvas-summary')
      .filter({ hasText: /[1-9]\d* nodes/ })
      .waitFor();
    await bar.getByText('2024-06-01 – 2024-06-12: 2 of 4 dated facts').waitFor();
    expect(await bar.getByRole('checkbox', { name: /undated/ }).isChecked()).toBe(false);
    await waitForNodeCount(page, (n) => n === datedOnly);

    await bar.getByRole('button', { name: 'All dates' }).click();
    await bar.getByRole('checkbox', { name: /undated/ }).check();
    await waitForNodeCount(page, (n) => n === all);
    expectNoPageErrors(page);
  });

  it('plays through time, a window at a time', async () => {
    const page = await openApp(browser, baseUrl);
    const bar = timeline(page);
    await bar.getByText('4 dated statements and meetings').waitFor();
    await bar.getByRole('button', { name: '▶ Play' }).click();
    // A sixth of 35 days at a time: the first window is 1 to 6 June.
    await bar.getByText(/^2024-06-01 – 2024-06-06: 1 of 4 dated facts$/).waitFor();
    await bar.getByText(/^2024-06-0[2-9] – 2024-06-\d\d: \d of 4 dated facts$/).waitFor();
    await bar.getByRole('button', { name: '❚❚ Pause' }).click();
    await expect(bar.getByRole('button', { name: '▶ Play' }).isVisible()).resolves.toBe(true);
    expectNoPageErrors(page);
  });
});
