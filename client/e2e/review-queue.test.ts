import type { ReviewQueueResponse } from '@parley/graph-schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db, getJson, postJson, resetToSeed, TEST_TOKEN } from '@parley/server/fixture';
import {
  canvasCounts,
  detailsPanel,
  expectNoPageErrors,
  launchChromium,
  openApp,
  screenshot,
  searchAndChoose,
  waitForNodeCount,
} from './support/browser';

const baseUrl = inject('baseUrl');
/** A write answers once what is on screen has refetched: give polls that long. */
const WRITE_SETTLES = { timeout: 15_000 };

const QUEUE_TITLE = 'Lim and Zakharova trade words';
const QUEUE_TEXT = [
  '"We will respond firmly to any provocation," South Korean Foreign Ministry spokesman Lim Soo-suk told reporters on Monday.',
  '"Seoul is playing with fire," Russian Foreign Ministry spokesperson Maria Zakharova said on Tuesday.',
].join('\n\n');
const CHUNG_RIGHTS = 'statement:en-rudenko-seoul-talks:chung-urges-rights';
const CHUNG_STANCE = 'statement:en-rudenko-seoul-talks:chung-stern-stance';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  const added = await postJson(baseUrl, '/api/articles', {
    text: QUEUE_TEXT,
    title: QUEUE_TITLE,
    publishedAt: '2024-07-08',
  });
  expect(added.status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  const db = Db.connect({ uri: inject('neo4jUri') });
  await resetToSeed(db);
  await db.close();
});

async function leftInTheGraph(): Promise<number> {
  const { body } = await getJson<ReviewQueueResponse>(baseUrl, '/api/review-queue?limit=1');
  return body.remaining;
}

async function useToken(scope: ReturnType<Page['getByRole']>, label: string) {
  await scope.getByLabel(label).fill(TEST_TOKEN);
  await scope.getByRole('button', { name: 'Use token' }).click();
}

describe('reviewing the whole graph', () => {
  it('walks the queue of every statement that needs review: next, accept with A, the count drops', async () => {
    const left = await leftInTheGraph();
    expect(left).toBeGreaterThanOrEqual(2);
    const page = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Review', exact: true }).click();
    const queue = page.getByRole('dialog', { name: 'Review queue' });
    await useToken(queue, 'Reviewing needs the server’s write token');
    const count = queue.getByRole('status');
    await expect
      .poll(() => count.textContent())
      .toBe(`${left} left to review in the graph · 1 of ${left}`);
    const item = queue.getByRole('article', { name: 'Statement to review' });
    await item.locator('mark').waitFor();
    // Uncertain speakers come first: the seed's open attributions, with their candidates.
    await expect(item.textContent()).resolves.toMatch(/^Uncertain speaker.*Uncertain between/);
    await screenshot(page, 'review-queue-graph');

    await item.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => count.textContent()).toMatch(new RegExp(`· 2 of ${left}$`));
    const second = (await item.getByRole('heading').textContent()) ?? '';
    await page.keyboard.press('a');
    await expect
      .poll(() => count.textContent(), WRITE_SETTLES)
      .toBe(`${left - 1} left to review in the graph · 2 of ${left - 1}`);
    await expect
      .poll(() => queue.textContent(), WRITE_SETTLES)
      .toContain(`Accepted as reviewed: ${second}`);
    await expect(item.getByRole('heading').textContent()).resolves.not.toBe(second);
    expect(await leftInTheGraph()).toBe(left - 1);
    await screenshot(page, 'review-queue-accepted');
    await page.keyboard.press('Escape');
    expectNoPageErrors(page);
  });

  it('filters the canvas to what needs review, and the link keeps the filter', async () => {
    const page = await openApp(browser, baseUrl);
    const all = await canvasCounts(page);
    const filter = page.getByRole('checkbox', { name: /Needs review only/ });
    await filter.check();
    const fewer = await waitForNodeCount(page, (n) => n < all.nodes);
    await expect(
      page.getByText(`Showing ${fewer} of ${all.nodes} nodes`).isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'review-filter');
    await page.reload();
    await page
      .getByTestId('canvas-summary')
      .filter({ hasText: /[1-9]\d* nodes/ })
      .waitFor();
    await expect(filter.isChecked()).resolves.toBe(true);
    await waitForNodeCount(page, (n) => n === fewer);
    expectNoPageErrors(page);
  });

  it('makes a statement a direct quote with a date and a reply, and a reload shows it kept', async () => {
    const page = await openApp(browser, baseUrl);
    await searchAndChoose(page, 'legitimate rights', /legitimate rights|He also urged/);
    const details = detailsPanel(page);
    await expect.poll(() => details.textContent(), WRITE_SETTLES).toMatch(/Reported speech/);
    await details.getByText(/^Correct this statement$/).click();
    await useToken(details, 'Corrections need the server’s write token');

    await details.getByRole('radio', { name: 'Direct quote' }).check();
    await details.getByLabel('Said on').fill('2024-06-21');
    const answers = details.getByRole('combobox', { name: 'Add a statement it answers' });
    await answers.fill('stern stance');
    await page
      .getByRole('option', { name: /stern stance/ })
      .first()
      .click();
    await expect(details.getByRole('group', { name: 'Answers' }).textContent()).resolves.toMatch(
      /stern stance/,
    );
    await screenshot(page, 'statement-correction-form');
    await details.getByRole('button', { name: 'Save' }).click();
    await details.getByText('Saved.').waitFor(WRITE_SETTLES);

    await page.reload();
    await expect
      .poll(() => details.locator('.details-meta').first().textContent(), WRITE_SETTLES)
      .toMatch(/^Direct quote.*21 Jun 2024/);
    await screenshot(page, 'statement-corrected');
    const { body } = await getJson<{ edges: { type: string; source: string; target: string }[] }>(
      baseUrl,
      `/api/nodes/${encodeURIComponent(CHUNG_RIGHTS)}/neighborhood?limit=100`,
    );
    expect(body.edges).toContainEqual(
      expect.objectContaining({ type: 'RESPONDS_TO', source: CHUNG_RIGHTS, target: CHUNG_STANCE }),
    );
    expectNoPageErrors(page);
  });
});
