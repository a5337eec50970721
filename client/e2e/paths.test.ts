import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  detailsPanel,
  expectNoPageErrors,
  launchChromium,
  openApp,
  screenshot,
  searchAndChoose,
} from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('paths between two parties', () => {
  it('finds, lists and draws the shortest chains from Lim Soo-suk to Andrey Rudenko', async () => {
    const page = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.getByText('Nothing on the canvas').waitFor();
    await searchAndChoose(page, 'Lim Soo-suk', 'Lim Soo-suk');
    const panel = detailsPanel(page);
    await panel.getByRole('heading', { name: 'Lim Soo-suk' }).waitFor();

    await panel.getByRole('button', { name: 'Path to…' }).click();
    const field = panel.getByRole('combobox', { name: 'Find a path from Lim Soo-suk to' });
    await field.fill('Rudenko');
    await page
      .getByRole('option', { name: /Andrey Rudenko/ })
      .first()
      .click();

    const list = panel.getByRole('list', { name: 'Paths to Andrey Rudenko' });
    const items = list.getByRole('button');
    await items.nth(1).waitFor();
    expect(await items.count()).toBeLessThanOrEqual(5);
    const first = items.first();
    await expect(first.getAttribute('aria-label')).resolves.toBe(
      'Path 1, 3 steps: Lim Soo-suk — affiliated with → South Korean Foreign Ministry ' +
        '← affiliated with — Chung Byung-won ← meets with — Andrey Rudenko',
    );
    await expect(first.getAttribute('aria-pressed')).resolves.toBe('true');

    // The shortest path is drawn: its parties are on the canvas, and the legend names it.
    const legend = page.getByRole('region', { name: 'Legend' });
    await legend.getByText(/the path from Lim Soo-suk to Andrey Rudenko/).waitFor();
    const drawn = async () =>
      JSON.parse((await page.locator('.graph-canvas').getAttribute('data-labels')) ?? '[]').map(
        (label: { id: string }) => label.id,
      ) as string[];
    await expect
      .poll(drawn, { timeout: 10_000 })
      .toEqual(
        expect.arrayContaining([
          'actor:lim-soo-suk',
          'actor:chung-byung-won',
          'actor:andrey-rudenko',
        ]),
      );
    await screenshot(page, 'path-lim-rudenko');

    // Another path goes through statements; choosing it draws it instead.
    const second = items.nth(1);
    await second.click();
    await expect(second.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(first.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(second.getAttribute('aria-label')).resolves.toMatch(/said|addressed to/);

    await legend.getByRole('button', { name: 'Clear path' }).click();
    await expect(legend.getByText(/the path from/).count()).resolves.toBe(0);
    expectNoPageErrors(page);
  });

  it('says so when no chain is short enough, and when the server fails', async () => {
    const page = await openApp(browser, baseUrl);
    await page.route('**/api/path?**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"paths":[]}' }),
    );
    await searchAndChoose(page, 'Yonhap', 'Yonhap');
    const panel = detailsPanel(page);
    await panel.getByRole('heading', { name: 'Yonhap' }).waitFor();
    await panel.getByRole('button', { name: 'Path to…' }).click();
    await panel.getByRole('combobox', { name: /Find a path from Yonhap to/ }).fill('Putin');
    await page
      .getByRole('option', { name: /Vladimir Putin/ })
      .first()
      .click();
    await panel.getByText('No chain of up to 6 steps joins Yonhap and Vladimir Putin.').waitFor();

    await page.unroute('**/api/path?**');
    await page.route('**/api/path?**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: '{"error":{"code":"neo4j_unavailable","message":"Neo4j is unavailable"}}',
      }),
    );
    await panel.getByRole('combobox', { name: /Find a path from Yonhap to/ }).fill('Zakharova');
    await page
      .getByRole('option', { name: /Maria Zakharova/ })
      .first()
      .click();
    await panel.getByRole('alert').getByRole('button', { name: 'Retry' }).waitFor();
  });
});
