import type { Page } from 'playwright-core';

type DrawnLabel = { id: string; x1: number; y1: number; x2: number; y2: number; nodePx: number };

/** The labels the canvas draws, as it records them (`data-labels`, in canvas pixels). */
export async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  const raw = await page.locator('.graph-canvas').getAttribute('data-labels');
  return JSON.parse(raw ?? '[]') as DrawnLabel[];
}

/**
 * Where a labelled node is drawn, in page pixels: its label hangs centred under it, so the node
 * is half its size above the label's top.
 */
export async function nodeOnPage(page: Page, id: string): Promise<{ x: number; y: number }> {
  const label = (await drawnLabels(page)).find((l) => l.id === id);
  if (!label) throw new Error(`${id} has no label drawn on the canvas`);
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('No canvas on the page');
  return { x: box.x + (label.x1 + label.x2) / 2, y: box.y + label.y1 - label.nodePx / 2 };
}

/** What the canvas's live region says about the selection. */
export const announcement = (page: Page) => page.getByTestId('canvas-announcement').textContent();

/** Presses Tab until the canvas has focus, as a keyboard user would reach it. */
export async function tabToCanvas(page: Page, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const onCanvas = await page.evaluate(() =>
      document.activeElement?.classList.contains('graph-canvas'),
    );
    if (onCanvas) return;
  }
  throw new Error(`The canvas took no focus in ${maxPresses} presses of Tab`);
}
