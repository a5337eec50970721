import { parseViewState, VIEW_URL_PARAM } from '@parley/graph-schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  detailsPanel,
  expectNoPageErrors,
  launchChromium,
  openApp,
  screenshot,
  searchAndChoose,
  waitForNodeCount,
} from './support/browser';
import { announcement, drawnLabels, tabToCanvas } from './support/canvas-nodes';
import { settledViewport } from './support/views';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const RUDENKO = 'actor:andrey-rudenko';

/** The selected node, as the address bar holds it. */
function selectedId(page: Page): string {
  const token = new URL(page.url()).searchParams.get(VIEW_URL_PARAM) ?? '';
  const { selection } = parseViewState(token).state;
  return selection?.type === 'node' ? selection.id : '';
}

describe('the canvas from the keyboard', () => {
  it('takes focus with Tab, steps to the nearest node with the arrows, opens details with Enter', async () => {
    const page = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.getByText('Nothing on the canvas').waitFor();
    await searchAndChoose(page, 'Rudenko', 'Andrey Rudenko');
    await waitForNodeCount(page, (n) => n > 5);
    await expect.poll(() => announcement(page)).toMatch(/^Andrey Rudenko, actor, \d+ connections$/);
    await page.locator('[data-camera="placed"]').waitFor();
    // Steps are measured on the drawing: wait until the layout has stopped moving it.
    await settledViewport(page);

    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabToCanvas(page);
    const outline = await page
      .locator('.graph-canvas')
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await screenshot(page, 'canvas-keyboard-focus');

    // → goes to a node drawn to the right of Rudenko, and says which.
    const centreX = async (id: string) => {
      const label = (await drawnLabels(page)).find((l) => l.id === id);
      if (!label) throw new Error(`${id} has no label drawn`);
      return (label.x1 + label.x2) / 2;
    };
    const rudenkoX = await centreX(RUDENKO);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => selectedId(page)).not.toBe(RUDENKO);
    const right = selectedId(page);
    expect(await centreX(right)).toBeGreaterThan(rudenkoX);
    const heard = (await announcement(page)) ?? '';
    expect(heard).toMatch(/^.+, (actor|institution|statement|article), \d+ connections?$/);
    const heading = detailsPanel(page).getByRole('heading').first();
    await expect.poll(() => heading.textContent()).toBeTruthy();

    // ← goes back left: Rudenko lies that way from there, so some node does.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => selectedId(page)).not.toBe(right);
    expect(await centreX(selectedId(page))).toBeLessThan(await centreX(right));
    await screenshot(page, 'canvas-keyboard-stepped');

    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('details');
    await expect.poll(() => announcement(page)).toMatch(/, \d+ connections?$/);
    expectNoPageErrors(page);
  });
});
