import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  canvasCounts,
  detailsPanel,
  expectNoPageErrors,
  launchChromium,
  openApp,
  screenshot,
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

const searchBox = (page: Page) => page.getByRole('combobox', { name: /search/i });
const options = (page: Page) => page.getByRole('listbox').getByRole('option');
const highlighted = (page: Page) => page.locator('[role="option"][aria-selected="true"]');

/** Types `query` and waits for its results. */
async function typeQuery(page: Page, query: string, firstResult: string | RegExp) {
  await searchBox(page).fill(query);
  await options(page).filter({ hasText: firstResult }).first().waitFor();
}

const chosenHeading = (page: Page, name: string) =>
  detailsPanel(page).getByRole('heading', { name }).waitFor();

describe('the search box', () => {
  it('highlights nothing until the person moves; ↓ highlights the first, Enter picks it', async () => {
    const page = await openApp(browser, baseUrl);
    await typeQuery(page, 'Kim', /Kim/);
    expect(await highlighted(page).count()).toBe(0);
    expect(await searchBox(page).getAttribute('aria-activedescendant')).toBeNull();
    expect(await searchBox(page).getAttribute('aria-expanded')).toBe('true');

    await page.keyboard.press('ArrowDown');
    const first = options(page).first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await searchBox(page).getAttribute('aria-activedescendant')).toBe(
      await first.getAttribute('id'),
    );
    const name = (await first.locator('.search-label').textContent()) ?? '';
    await screenshot(page, 'search-first-highlighted');
    await page.keyboard.press('Enter');
    await chosenHeading(page, name);
    expect(await searchBox(page).getAttribute('aria-expanded')).toBe('false');
    expectNoPageErrors(page);
  });

  it('↓ ↓ Enter picks the second result; Enter alone picks the first', async () => {
    const page = await openApp(browser, baseUrl);
    await typeQuery(page, 'Kim', /Kim/);
    await expect.poll(() => options(page).count()).toBeGreaterThan(1);
    const second = (await options(page).nth(1).locator('.search-label').textContent()) ?? '';
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await chosenHeading(page, second);

    await typeQuery(page, 'Rudenko', 'Andrey Rudenko');
    await page.keyboard.press('Enter');
    await chosenHeading(page, 'Andrey Rudenko');
    expectNoPageErrors(page);
  });

  it('forgives typos and other scripts', async () => {
    const page = await openApp(browser, baseUrl);
    for (const query of ['Zaharova', 'Захарова', '자하로바']) {
      await typeQuery(page, query, 'Maria Zakharova');
      expect(await options(page).first().locator('.search-label').textContent()).toBe(
        'Maria Zakharova',
      );
    }
    await screenshot(page, 'search-cyrillic-to-latin');
    await page.keyboard.press('Escape');
    expect(await searchBox(page).getAttribute('aria-expanded')).toBe('false');
    expectNoPageErrors(page);
  });

  it('says when a filter hides the chosen result, and shows it on request', async () => {
    const page = await openApp(browser, baseUrl);
    const actors = page
      .locator('.filter-option')
      .filter({ has: page.getByText('Actor', { exact: true }) })
      .getByRole('checkbox');
    const before = await canvasCounts(page);
    await actors.uncheck();
    const filtered = await waitForNodeCount(page, (n) => n < before.nodes);

    await typeQuery(page, 'Zakharova', 'Maria Zakharova');
    await page.keyboard.press('Enter');
    await chosenHeading(page, 'Maria Zakharova');
    const notice = page.getByTestId('hidden-selection-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'Maria Zakharova is hidden by the filters: kind (actor).',
    );
    await screenshot(page, 'search-result-hidden-by-filter');

    await notice.getByRole('button', { name: 'Show it' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await actors.isChecked()).toBe(true);
    await waitForNodeCount(page, (n) => n > filtered);
    expectNoPageErrors(page);
  });
});
