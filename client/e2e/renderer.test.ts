import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  detailsPanel,
  expectNoPageErrors,
  launchChromium,
  openApp,
  screenshot,
  searchAndChoose,
} from './support/browser';
import { anchorOnPage, settledViewport, waitForViewport } from './support/views';

const baseUrl = inject('baseUrl');
const RUDENKO = 'actor:andrey-rudenko';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const drawsWithWebgl = async (page: Page) =>
  (await page.locator('canvas[data-id="layer3-webgl"]').count()) > 0;

describe('the renderer chosen at run time', () => {
  it('is the 2D canvas where WebGL runs in software, and WebGL when the address asks', async () => {
    // Headless Chromium here has no GPU: its WebGL is SwiftShader.
    const automatic = await openApp(browser, baseUrl);
    expect(await drawsWithWebgl(automatic)).toBe(false);

    const forced = await openApp(browser, `${baseUrl}/?renderer=webgl`);
    expect(await drawsWithWebgl(forced)).toBe(true);
    await screenshot(forced, 'webgl-first-view');
    expectNoPageErrors(automatic);
    expectNoPageErrors(forced);
  });

  it('under WebGL still finds the node under the pointer for hover and click', async () => {
    const page = await openApp(browser, `${baseUrl}/?renderer=webgl`);
    await searchAndChoose(page, 'Rudenko', 'Andrey Rudenko');
    await waitForViewport(page, (v) => v.anchorId === RUDENKO);
    await settledViewport(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Escape');
    await expect.poll(() => detailsPanel(page).textContent()).toMatch(/Select a node/);

    const at = await anchorOnPage(page);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('Andrey Rudenko');
    await page.mouse.click(at.x, at.y);
    await expect
      .poll(() => detailsPanel(page).getByRole('heading').first().textContent())
      .toContain('Andrey Rudenko');
    await screenshot(page, 'webgl-selected');
    expectNoPageErrors(page);
  });
});
