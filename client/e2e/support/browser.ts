import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect, onTestFailed } from 'vitest';

export { launchChromium } from './chromium';

const ARTIFACTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** A fresh page on the app, once the first view is drawn. */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.setDefaultTimeout(20_000);
  onTestFailed(async ({ task }) => {
    await screenshot(page, `failed-${task.name.replace(/\W+/g, '-').toLowerCase()}`);
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(baseUrl);
  await page
    .getByTestId('canvas-summary')
    .filter({ hasText: /[1-9]\d* nodes/ })
    .waitFor();
  // Errors thrown in the page fail the test that caused them, at its end.
  pageErrors.set(page, errors);
  return page;
}

const pageErrors = new WeakMap<Page, string[]>();

export function expectNoPageErrors(page: Page): void {
  expect(pageErrors.get(page) ?? []).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${name}.png`) });
}

/** Types into the search box and picks the result whose text matches. */
export async function searchAndChoose(
  page: Page,
  query: string,
  result: string | RegExp,
): Promise<void> {
  const box = page.getByRole('combobox', { name: /search/i });
  await box.fill(query);
  await page.getByRole('option', { name: result }).first().click();
}

/** What the line under the canvas says: "N nodes and M edges on the canvas" ("1 node", "1,024 nodes"). */
export async function canvasCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  const text = (await page.getByTestId('canvas-summary').textContent()) ?? '';
  const match = /([\d,]+) nodes? and ([\d,]+) edges?/.exec(text);
  if (!match) throw new Error(`Unexpected canvas summary: ${text}`);
  const count = (digits: string | undefined) => Number(digits?.replaceAll(',', ''));
  return { nodes: count(match[1]), edges: count(match[2]) };
}

/** Waits until the canvas shows a node count that satisfies `accept`. */
export async function waitForNodeCount(
  page: Page,
  accept: (nodes: number) => boolean,
): Promise<number> {
  let last = -1;
  await expect
    .poll(
      async () => {
        last = (await canvasCounts(page)).nodes;
        return accept(last);
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return last;
}

export function detailsPanel(page: Page) {
  return page.getByRole('complementary', { name: 'Details' });
}
