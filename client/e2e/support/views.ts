import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP } from './browser';

export type RecordedViewport = { zoom: number; x: number; y: number; anchorId: string | null };

const canvas = (page: Page) => page.locator('.graph-canvas');

/** The camera the page records for its address: zoom and centre relative to the anchor node. */
export async function recordedViewport(page: Page): Promise<RecordedViewport> {
  const raw = await canvas(page).getAttribute('data-viewport');
  if (!raw) throw new Error('The canvas has recorded no viewport yet');
  return JSON.parse(raw) as RecordedViewport;
}

/** Waits until the page has recorded a camera that `accept` likes (the record lags a pan a little). */
export async function waitForViewport(
  page: Page,
  accept: (viewport: RecordedViewport) => boolean,
): Promise<RecordedViewport> {
  const read = async () => {
    const raw = await canvas(page).getAttribute('data-viewport');
    return raw ? (JSON.parse(raw) as RecordedViewport) : null;
  };
  await expect
    .poll(read, { timeout: 10_000 })
    .toSatisfy((viewport: RecordedViewport | null) => viewport !== null && accept(viewport));
  return recordedViewport(page);
}

const CAMERA_SETTLED_MS = 500;

/** The recorded camera once it has stopped changing: what a link made now would hold. */
export async function settledViewport(page: Page): Promise<RecordedViewport> {
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = (await canvas(page).getAttribute('data-viewport')) ?? '';
        const settled = now !== '' && now === previous;
        previous = now;
        return settled;
      },
      { interval: CAMERA_SETTLED_MS, timeout: 10_000 },
    )
    .toBe(true);
  return recordedViewport(page);
}

/** Clicks Share and reads the link the panel shows (and copied). */
export async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const field = page
    .getByRole('dialog', { name: 'Share this view' })
    .getByLabel('Link to this view');
  await field.waitFor();
  const link = await field.inputValue();
  await page.keyboard.press('Escape');
  return link;
}

/** Opens a link in a fresh browser context, as a colleague would, once its view is placed. */
export async function openLink(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(url);
  await canvas(page).and(page.locator('[data-camera="placed"]')).waitFor();
  return page;
}

/** Picks an export format from the menu and returns the downloaded file's name and bytes. */
export async function exportAs(
  page: Page,
  format: 'PNG image' | 'SVG image' | 'JSON' | 'GraphML',
): Promise<{ name: string; content: Buffer }> {
  await page.getByRole('button', { name: /Export/ }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: new RegExp(`^${format}`) }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), content: fs.readFileSync(file) };
}

/** The ids of the nodes in view, as the JSON export lists them. */
export async function exportedNodeIds(page: Page): Promise<string[]> {
  const { content } = await exportAs(page, 'JSON');
  const graph = JSON.parse(content.toString('utf8')) as { nodes: { id: string }[] };
  return graph.nodes.map((n) => n.id).sort();
}

/** Where a node is drawn, in page pixels, from the recorded camera anchored on it. */
export async function anchorOnPage(page: Page): Promise<{ x: number; y: number }> {
  const viewport = await recordedViewport(page);
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('No canvas on the page');
  return {
    x: box.x + box.width / 2 - viewport.x * viewport.zoom,
    y: box.y + box.height / 2 - viewport.y * viewport.zoom,
  };
}
