import type { Page } from 'playwright-core';

/** How far the pictured wheel zoom goes in (then back out), over how many wheel events. */
const PICTURED_ZOOM_FACTOR = 4;
const PICTURED_ZOOM_FRAMES = 10;

/**
 * Pictures the view while a wheel zoom is held (what the reader sees during the gesture) and
 * once it is released (what they see when it stops), zooming in, then back out; returns the ms
 * from the end of the zoom in to its full drawing.
 */
export async function pictureWheelZoom(page: Page, pathWithoutExtension: string): Promise<number> {
  const wheel = async (direction: 'in' | 'out', factor: number) => {
    await page.evaluate((args) => window.parleyBench.holdWheelZoom(args.factor, args.frames), {
      factor,
      frames: PICTURED_ZOOM_FRAMES,
    });
    let fullDrawMs: number;
    try {
      await page.screenshot({ path: `${pathWithoutExtension}-wheel-${direction}-during.png` });
    } finally {
      fullDrawMs = await page.evaluate(() => window.parleyBench.releaseWheelZoom());
    }
    await page.screenshot({ path: `${pathWithoutExtension}-wheel-${direction}-after.png` });
    return fullDrawMs;
  };
  const fullDrawMs = await wheel('in', PICTURED_ZOOM_FACTOR);
  await wheel('out', 1 / PICTURED_ZOOM_FACTOR);
  return Math.round(fullDrawMs);
}
