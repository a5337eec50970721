import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  canvasCounts,
  detailsPanel,
  expectNoPageErrors,
  launchChromium,
  openApp,
  PHONE,
  screenshot,
  searchAndChoose,
  waitForNodeCount,
} from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the explorer', () => {
  it('shows the seed on first load, with a legend', async () => {
    const page = await openApp(browser, baseUrl);
    const { nodes, edges } = await canvasCounts(page);
    expect(nodes).toBeGreaterThan(30);
    expect(edges).toBeGreaterThan(nodes);
    const legend = page.getByRole('region', { name: 'Legend' });
    for (const kind of ['Actor', 'Institution', 'Statement', 'Article'])
      await expect(legend.getByText(kind, { exact: true }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'first-view');
    expectNoPageErrors(page);
  });

  it('finds Rudenko, focuses him and lists his four meetings', async () => {
    const page = await openApp(browser, baseUrl);
    await searchAndChoose(page, 'Rudenko', 'Andrey Rudenko');
    const panel = detailsPanel(page);
    await panel.getByRole('heading', { name: 'Andrey Rudenko' }).waitFor();
    const meetings = panel.getByRole('list', { name: 'Meetings' }).getByRole('listitem');
    await expect.poll(() => meetings.count()).toBe(4);
    const text = await panel.getByRole('list', { name: 'Meetings' }).textContent();
    for (const name of ['Chung Byung-won', 'Kim Gunn', 'Kim Hong-kyun', 'Lee Do-hoon'])
      expect(text).toContain(name);
    expect(text).toContain('Seoul');
    expect(text).toContain('Moscow');
    await expect(page.getByRole('button', { name: /Collapse/ }).isEnabled()).resolves.toBe(true);
    await screenshot(page, 'rudenko-focused');
    expectNoPageErrors(page);
  });

  it("steps back from Lim Soo-suk's warning to Chang Ho-jin, and shows the thread", async () => {
    const page = await openApp(browser, baseUrl);
    await searchAndChoose(page, 'Lim Soo-suk', 'Lim Soo-suk');
    const panel = detailsPanel(page);
    await panel.getByRole('button', { name: /We warn Russia/ }).click();
    await panel.getByRole('heading', { name: 'Lim Soo-suk' }).waitFor();
    const original = panel.locator('blockquote.statement-text[lang="te"]');
    await expect(original.textContent()).resolves.toMatch(/హెచ్చరిస్తున్నాము/);

    await page.keyboard.press('ArrowUp');
    await panel.getByRole('heading', { name: 'Maria Zakharova' }).waitFor();
    await panel.getByRole('button', { name: /What it answers/ }).click();
    await panel.getByRole('heading', { name: 'Chang Ho-jin' }).waitFor();
    await expect(panel.getByRole('button', { name: /What it answers/ }).isDisabled()).resolves.toBe(
      true,
    );
    await expect(panel.getByText('It answers no recorded statement.').isVisible()).resolves.toBe(
      true,
    );

    await panel.getByRole('button', { name: 'Thread view' }).click();
    await page.getByTestId('canvas-summary').filter({ hasText: 'thread view' }).waitFor();
    const thread = page.getByRole('region', { name: 'Statement thread' });
    await thread.locator('.thread-speaker').first().waitFor();
    const speakers = await thread.locator('.thread-speaker').allTextContents();
    expect(speakers[0]).toBe('Chang Ho-jin');
    expect(speakers[1]).toBe('Maria Zakharova');
    expect(speakers.filter((s) => s === 'Lim Soo-suk')).toHaveLength(2);
    expect((await canvasCounts(page)).nodes).toBe(4);
    await screenshot(page, 'thread-view');
    expectNoPageErrors(page);
  });

  it('finds Zakharova by her Telugu spelling', async () => {
    const page = await openApp(browser, baseUrl);
    const box = page.getByRole('combobox', { name: /search/i });
    await box.fill('జఖరోవా');
    const option = page.getByRole('option', { name: /Maria Zakharova/ });
    await option.waitFor();
    await expect(option.locator('[lang="te"]').first().textContent()).resolves.toMatch(/జఖ/);
    await screenshot(page, 'telugu-search');
    await option.click();
    const panel = detailsPanel(page);
    await panel.getByRole('heading', { name: 'Maria Zakharova' }).waitFor();
    // The aliases arrive with the node itself, a moment after the heading from the search result.
    await expect.poll(() => panel.locator('.aliases [lang="te"]').count()).toBeGreaterThan(0);
    expectNoPageErrors(page);
  });

  it('folds statements into who said what to whom, and lists a pair', async () => {
    const page = await openApp(browser, baseUrl);
    await page.getByRole('radio', { name: 'Who said what to whom' }).click();
    await page.getByTestId('canvas-summary').filter({ hasText: 'who said what to whom' }).waitFor();
    const panel = detailsPanel(page);
    const pair = panel.getByRole('button', { name: /Lim Soo-suk.*Russia/ });
    await expect(pair.textContent()).resolves.toMatch(/2$/);
    await screenshot(page, 'who-said-what');
    await pair.click();
    await panel.getByRole('heading', { name: /Lim Soo-suk.*Russia/ }).waitFor();
    await expect(panel.getByText('2 statements').isVisible()).resolves.toBe(true);
    const statements = panel.getByRole('list', { name: 'Statements' }).getByRole('button');
    await expect.poll(() => statements.count()).toBe(2);
    expectNoPageErrors(page);
  });

  it('filters by language with live counts', async () => {
    const page = await openApp(browser, baseUrl);
    const before = await canvasCounts(page);
    const option = page
      .locator('.filter-option')
      .filter({ has: page.getByText('Telugu', { exact: true }) });
    const telugu = option.getByRole('checkbox');
    const teluguCount = Number(await option.locator('.filter-count').textContent());
    expect(teluguCount).toBeGreaterThan(0);
    await telugu.uncheck();
    const after = await waitForNodeCount(page, (n) => n < before.nodes);
    expect(after).toBe(before.nodes - teluguCount);
    await expect(
      page.getByText(`Showing ${after} of ${before.nodes} nodes`).isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'filtered-by-language');
    await page.keyboard.press('Control+z');
    await waitForNodeCount(page, (n) => n === before.nodes);
    expectNoPageErrors(page);
  });

  it('undoes and redoes an expansion', async () => {
    const page = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.getByText('Nothing on the canvas').waitFor();
    await searchAndChoose(page, 'Rudenko', 'Andrey Rudenko');
    const focused = await waitForNodeCount(page, (n) => n > 1);
    await detailsPanel(page).getByRole('button', { name: 'Chung Byung-won', exact: true }).click();
    await detailsPanel(page).getByRole('heading', { name: 'Chung Byung-won' }).waitFor();
    await page.keyboard.press('e');
    const expanded = await waitForNodeCount(page, (n) => n > focused);
    await screenshot(page, 'expanded');
    await page.keyboard.press('Control+z');
    await waitForNodeCount(page, (n) => n === focused);
    await page.getByRole('button', { name: /Redo/ }).click();
    await waitForNodeCount(page, (n) => n === expanded);
    expectNoPageErrors(page);
  });

  it('pages a large neighbourhood with "show more", and collapses all of it', async () => {
    const page = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.getByText('Nothing on the canvas').waitFor();
    await searchAndChoose(page, 'Russia', 'Russia');
    const firstPage = await waitForNodeCount(page, (n) => n > 1);
    const showMore = page.getByRole('button', { name: /Show more/ });
    await showMore.click();
    await waitForNodeCount(page, (n) => n > firstPage);
    await screenshot(page, 'show-more');
    await page.getByRole('button', { name: /Collapse/ }).click();
    await waitForNodeCount(page, (n) => n === 1);
    expectNoPageErrors(page);
  });

  it('says so when the server cannot be reached', async () => {
    const page = await browser.newPage();
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto(baseUrl);
    const alert = page.getByRole('alert').filter({ hasText: 'Cannot reach the Parley server' });
    await alert.waitFor({ timeout: 30_000 });
    await expect(alert.getByRole('button', { name: 'Retry' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'server-down');
    await page.unroute('**/api/**');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page
      .getByTestId('canvas-summary')
      .filter({ hasText: /[1-9]\d* nodes/ })
      .waitFor();
  });

  it('stacks the panels on a phone', async () => {
    const page = await openApp(browser, baseUrl, PHONE);
    await searchAndChoose(page, 'Rudenko', 'Andrey Rudenko');
    const canvas = await page.locator('.canvas-column').boundingBox();
    const details = await detailsPanel(page).boundingBox();
    expect(canvas && details && details.y >= canvas.y + canvas.height - 1).toBe(true);
    expect(details?.width).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'phone');
    expectNoPageErrors(page);
  });
});
