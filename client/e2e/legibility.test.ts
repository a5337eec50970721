import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  DESKTOP,
  expectNoPageErrors,
  launchChromium,
  openApp,
  PHONE,
  screenshot,
} from './support/browser';
import { settledViewport } from './support/views';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

type DrawnLabel = { id: string; x1: number; y1: number; x2: number; y2: number; fontPx: number };

const MIN_LABEL_PX = 11;
const MAX_OVERLAP = 0.1;

/** The labels the canvas says it draws, once they stop changing. */
async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  const canvas = page.locator('.graph-canvas');
  let previous = '';
  await expect
    .poll(
      async () => {
        const now = (await canvas.getAttribute('data-labels')) ?? '';
        const settled = now !== '' && now === previous;
        previous = now;
        return settled;
      },
      { interval: 300, timeout: 10_000 },
    )
    .toBe(true);
  return JSON.parse(previous) as DrawnLabel[];
}

function worstOverlap(labels: readonly DrawnLabel[]): number {
  const area = (l: DrawnLabel) => (l.x2 - l.x1) * (l.y2 - l.y1);
  let worst = 0;
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (w > 0 && h > 0) worst = Math.max(worst, (w * h) / Math.min(area(a), area(b)));
    }),
  );
  return worst;
}

/** Labels whose box is at least partly inside the canvas. */
async function onScreen(page: Page, labels: readonly DrawnLabel[]): Promise<DrawnLabel[]> {
  const size = await page.locator('.graph-canvas').boundingBox();
  if (!size) throw new Error('No canvas');
  return labels.filter((l) => l.x2 > 0 && l.y2 > 0 && l.x1 < size.width && l.y1 < size.height);
}

describe('labels and zoom', () => {
  it('draws every label of the seed at 11 px or more, the main names first, none piled up', async () => {
    const page = await openApp(browser, baseUrl, DESKTOP);
    const labels = await onScreen(page, await drawnLabels(page));
    await screenshot(page, 'legible-first-view');
    expect(labels.length).toBeGreaterThanOrEqual(12);
    for (const label of labels) expect(label.fontPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(worstOverlap(labels)).toBeLessThanOrEqual(MAX_OVERLAP);
    // The parties most spoken of and to are named.
    const ids = new Set(labels.map((l) => l.id));
    for (const id of ['institution:russia', 'institution:south-korea']) expect(ids).toContain(id);
    expect((await settledViewport(page)).zoom).toBeGreaterThanOrEqual(0.78);
    expectNoPageErrors(page);
  });

  it('zooms 4× in with five wheel notches, showing more labels, and still legible', async () => {
    const page = await openApp(browser, baseUrl, DESKTOP);
    const before = await drawnLabels(page);
    const start = (await settledViewport(page)).zoom;
    const canvas = await page.locator('.graph-canvas').boundingBox();
    if (!canvas) throw new Error('No canvas');
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    for (let notch = 0; notch < 5; notch++) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(50);
    }
    const zoomed = await settledViewport(page);
    expect(zoomed.zoom / start).toBeGreaterThan(3.6);
    expect(zoomed.zoom / start).toBeLessThan(4.4);
    const after = await drawnLabels(page);
    expect(after.length).toBeGreaterThan(before.length);
    const visible = await onScreen(page, after);
    for (const label of visible) expect(label.fontPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(worstOverlap(visible)).toBeLessThanOrEqual(MAX_OVERLAP);
    await screenshot(page, 'legible-zoomed-in');
    expectNoPageErrors(page);
  });

  it('zooms with the buttons and the keys, and fits all', async () => {
    const page = await openApp(browser, baseUrl, DESKTOP);
    const start = (await settledViewport(page)).zoom;
    const zoom = page.getByRole('group', { name: 'Zoom' });
    await zoom.getByRole('button', { name: 'Zoom in' }).click();
    await expect
      .poll(async () => (await settledViewport(page)).zoom / start)
      .toBeCloseTo(4 ** (1 / 5), 2);
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect
      .poll(async () => (await settledViewport(page)).zoom / start)
      .toBeCloseTo(4 ** (3 / 5), 2);
    await page.keyboard.press('-');
    await zoom.getByRole('button', { name: 'Zoom out' }).click();
    await expect
      .poll(async () => (await settledViewport(page)).zoom / start)
      .toBeCloseTo(4 ** (1 / 5), 2);
    await zoom.getByRole('button', { name: 'Fit all' }).click();
    // Fit all shows the whole graph (back about where the first view was, which fits the seed),
    // even below the zoom where every name reads.
    await expect
      .poll(async () => (await settledViewport(page)).zoom / start)
      .toBeLessThanOrEqual(1.05);
    const labels = await onScreen(page, await drawnLabels(page));
    const size = await page.locator('.graph-canvas').boundingBox();
    for (const label of labels) {
      expect(label.fontPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
      expect(label.x1 >= 0 && label.y1 >= 0, label.id).toBe(true);
      expect(label.x2 <= size!.width && label.y2 <= size!.height, label.id).toBe(true);
    }
    expectNoPageErrors(page);
  });

  it('keeps the toolbar off the graph on a phone', async () => {
    const page = await openApp(browser, baseUrl, PHONE);
    const toolbar = await page.getByRole('toolbar', { name: 'Canvas' }).boundingBox();
    const canvas = await page.locator('.graph-canvas').boundingBox();
    expect(toolbar && canvas).toBeTruthy();
    if (!toolbar || !canvas) return;
    expect(canvas.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height - 1);
    expect(canvas.height).toBeGreaterThan(300);
    const labels = await onScreen(page, await drawnLabels(page));
    expect(labels.length).toBeGreaterThan(3);
    for (const label of labels) expect(label.fontPx).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(worstOverlap(labels)).toBeLessThanOrEqual(MAX_OVERLAP);
    await screenshot(page, 'legible-phone');
    expectNoPageErrors(page);
  });
});
