import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoPageErrors, launchChromium, openApp, screenshot } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

type DrawnLabel = { id: string; nodePx: number };

/** The on-screen width of a node whose label is drawn, as the canvas records it. */
async function nodeWidth(page: Page, id: string): Promise<number | undefined> {
  const raw = await page.locator('.graph-canvas').getAttribute('data-labels');
  return (JSON.parse(raw ?? '[]') as DrawnLabel[]).find((label) => label.id === id)?.nodePx;
}

describe('size and colour by what matters', () => {
  it('sizes parties by degree and colours by language, chosen in the legend and kept in the link', async () => {
    const page = await openApp(browser, baseUrl);
    const legend = page.getByRole('region', { name: 'Legend' });
    await expect.poll(() => nodeWidth(page, 'institution:yonhap')).toBeGreaterThan(0);
    const yonhap = (await nodeWidth(page, 'institution:yonhap')) ?? 0;
    expect(await nodeWidth(page, 'institution:russia')).toBeCloseTo(yonhap, 0);

    await legend.getByLabel('Size by').selectOption('degree');
    // Russia is the most linked party of the seed; Yonhap has a single link.
    await expect
      .poll(async () => ((await nodeWidth(page, 'institution:russia')) ?? 0) / yonhap)
      .toBeGreaterThan(2);
    await legend.getByLabel('Colour by').selectOption('language');
    const languages = legend.getByRole('list', { name: 'Languages' });
    await languages.getByText('Telugu').waitFor();
    await expect(languages.getByText('English').isVisible()).resolves.toBe(true);
    await screenshot(page, 'sized-by-degree-coloured-by-language');
    // A choice is a canvas change like any other: undone and redone.
    await page.keyboard.press('Control+z');
    await expect(legend.getByLabel('Colour by').inputValue()).resolves.toBe('kind');
    await page.keyboard.press('Control+Shift+z');
    await expect(legend.getByLabel('Colour by').inputValue()).resolves.toBe('language');

    await page.reload();
    await page
      .getByTestId('canvas-summary')
      .filter({ hasText: /[1-9]\d* nodes/ })
      .waitFor();
    await expect(legend.getByLabel('Size by').inputValue()).resolves.toBe('degree');
    await expect(legend.getByLabel('Colour by').inputValue()).resolves.toBe('language');
    await expect
      .poll(async () => ((await nodeWidth(page, 'institution:russia')) ?? 0) / yonhap)
      .toBeGreaterThan(2);
    expectNoPageErrors(page);
  });
});
