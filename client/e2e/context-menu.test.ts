import fs from 'node:fs';
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
import { announcement, drawnLabels, nodeOnPage, tabToCanvas } from './support/canvas-nodes';
import { exportedNodeIds, settledViewport } from './support/views';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const RUDENKO = 'actor:andrey-rudenko';
const MET_BY_RUDENKO = [
  'actor:chung-byung-won',
  'actor:kim-gunn',
  'actor:kim-hong-kyun',
  'actor:lee-do-hoon',
];

/** Rudenko alone on the canvas, not expanded, once his label is drawn. */
async function rudenkoAlone(page: Page) {
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await page.getByText('Nothing on the canvas').waitFor();
  await searchAndChoose(page, 'Rudenko', 'Andrey Rudenko');
  await waitForNodeCount(page, (n) => n > 1);
  await page.getByRole('button', { name: /Collapse/ }).click();
  await waitForNodeCount(page, (n) => n === 1);
  await expect.poll(async () => (await drawnLabels(page)).map((l) => l.id)).toEqual([RUDENKO]);
  await settledViewport(page);
}

/** Expands Rudenko along his meetings only, from his context menu. */
async function expandRudenkoMeetings(page: Page) {
  const at = await nodeOnPage(page, RUDENKO);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Actions for Andrey Rudenko' });
  await menu.waitFor();
  await menu.getByRole('menuitem', { name: 'Expand: meets with' }).click();
  await waitForNodeCount(page, (n) => n === 5);
  await settledViewport(page);
}

describe('the node context menu', () => {
  it('expands a party along MEETS_WITH only: the people he met come, and nothing else', async () => {
    const page = await openApp(browser, baseUrl);
    await rudenkoAlone(page);

    const at = await nodeOnPage(page, RUDENKO);
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'Actions for Andrey Rudenko' });
    await menu.waitFor();
    const items = await menu.getByRole('menuitem').allTextContents();
    expect(items).toEqual([
      'Expand',
      'Expand: said',
      'Expand: addressed to',
      'Expand: meets with',
      'Expand: affiliated with',
      'Hide',
      'Select neighbours',
      'Path to…',
      'Copy link to this node',
    ]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Expand');
    await screenshot(page, 'context-menu-open');
    await menu.getByRole('menuitem', { name: 'Expand: meets with' }).click();
    await expect(menu.count()).resolves.toBe(0);

    await waitForNodeCount(page, (n) => n === 5);
    expect(await exportedNodeIds(page)).toEqual([RUDENKO, ...MET_BY_RUDENKO].sort());
    const legendCounts = page.getByRole('region', { name: 'Legend' });
    await legendCounts.waitFor();
    await screenshot(page, 'context-menu-meetings');
    expectNoPageErrors(page);
  });

  it('opens from the keyboard, steps with the arrows, and Escape gives focus back to the canvas', async () => {
    const page = await openApp(browser, baseUrl);
    await rudenkoAlone(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabToCanvas(page);
    await expect.poll(() => announcement(page)).toMatch(/^Andrey Rudenko, actor/);

    await page.keyboard.press('Shift+F10');
    const menu = page.getByRole('menu', { name: 'Actions for Andrey Rudenko' });
    await menu.waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent);
    await expect.poll(focused).toBe('Expand');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('Expand: said');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('Copy link to this node');
    await page.keyboard.press('Escape');
    await expect(menu.count()).resolves.toBe(0);
    const onCanvas = () =>
      page.evaluate(() => document.activeElement?.classList.contains('graph-canvas'));
    await expect.poll(onCanvas).toBe(true);
    // Escape closed the menu only: Rudenko stays selected.
    await expect(
      detailsPanel(page).getByRole('heading', { name: 'Andrey Rudenko' }).count(),
    ).resolves.toBe(1);

    await page.keyboard.press('ContextMenu');
    await menu.waitFor();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('Path to…');
    await page.keyboard.press('Enter');
    await detailsPanel(page)
      .getByRole('combobox', { name: 'Find a path from Andrey Rudenko to' })
      .waitFor();
    expectNoPageErrors(page);
  });
});

describe('selecting several nodes', () => {
  it('shift-click adds a second node, and the selection bar hides both', async () => {
    const page = await openApp(browser, baseUrl);
    await rudenkoAlone(page);
    await expandRudenkoMeetings(page);
    await expect.poll(async () => (await drawnLabels(page)).length, { timeout: 10_000 }).toBe(5);

    const kim = await nodeOnPage(page, 'actor:kim-gunn');
    const lee = await nodeOnPage(page, 'actor:lee-do-hoon');
    await page.mouse.click(kim.x, kim.y);
    await detailsPanel(page).getByRole('heading', { name: 'Kim Gunn' }).waitFor();
    await page.keyboard.down('Shift');
    await page.mouse.click(lee.x, lee.y);
    await page.keyboard.up('Shift');

    const bar = page.getByRole('group', { name: 'Selected nodes' });
    await bar.getByText('2 selected').waitFor();
    await expect.poll(() => announcement(page)).toBe('2 nodes selected');
    await screenshot(page, 'selection-bar');
    await bar.getByRole('button', { name: 'Hide' }).click();

    await waitForNodeCount(page, (n) => n === 3);
    await expect(bar.count()).resolves.toBe(0);
    expect(await exportedNodeIds(page)).toEqual(
      [RUDENKO, 'actor:chung-byung-won', 'actor:kim-hong-kyun'].sort(),
    );
    // One undo step brings both back.
    await page.getByRole('button', { name: /Undo/ }).click();
    await waitForNodeCount(page, (n) => n === 5);
    expectNoPageErrors(page);
  });

  it('shift-drag boxes every node, and the bar pins them and exports just them', async () => {
    const page = await openApp(browser, baseUrl);
    await rudenkoAlone(page);
    await expandRudenkoMeetings(page);
    const box = await page.locator('.graph-canvas').boundingBox();
    if (!box) throw new Error('No canvas on the page');

    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + 8, box.y + 8);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 60, box.y + box.height - 8, { steps: 12 });
    await page.mouse.up();
    await page.keyboard.up('Shift');

    const bar = page.getByRole('group', { name: 'Selected nodes' });
    await bar.getByText('5 selected').waitFor();
    const pin = bar.getByRole('button', { name: 'Pin' });
    await pin.click();
    await expect.poll(() => pin.getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'selection-box-pinned');

    await bar.getByRole('button', { name: /Export/ }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      bar.getByRole('menuitem', { name: /^JSON/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-selection\.json$/);
    const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8')) as {
      nodes: { id: string }[];
    };
    expect(file.nodes.map((n) => n.id).sort()).toEqual([RUDENKO, ...MET_BY_RUDENKO].sort());

    await bar.getByRole('button', { name: 'Clear' }).click();
    await expect(bar.count()).resolves.toBe(0);
    expectNoPageErrors(page);
  });
});
