import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { RendererName } from '../src/features/explorer/cytoscape/renderer-choice';
import type { BenchGraph } from './bench-graph';
import { BENCH_VIEWPORT } from './first-render';
import { GESTURES } from './page/gestures';
import type { DrawnGraph } from './page/main';
import type { FrameRate } from './results';

/** How one graph is drawn and moved: each combination gets a fresh page. */
export type FrameRateCase = {
  graph: BenchGraph;
  elements: number;
  renderer: RendererName;
  style: string;
  seconds: number;
};

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * Draws the graph on the benchmark page, saves a picture of it, then pans and zooms it for
 * `seconds` each and reports the frame rates.
 */
export async function measureFrameRate(
  browser: Browser,
  pageUrl: string,
  test: FrameRateCase,
  artifactsDir: string,
): Promise<FrameRate[]> {
  const page = await browser.newPage({ viewport: BENCH_VIEWPORT });
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pageUrl);
    const drawn: DrawnGraph = await page.evaluate(
      ({ graph, renderer, style }) => window.parleyBench.draw(graph, renderer, style),
      test,
    );
    if (drawn.webglLayer !== (test.renderer === 'webgl'))
      throw new Error(`Asked for the ${test.renderer} renderer, got the other one`);
    const name = `fps-${test.elements}-${test.renderer}-${slug(test.style)}.png`;
    await page.screenshot({ path: path.join(artifactsDir, name) });
    const results: FrameRate[] = [];
    for (const gesture of GESTURES) {
      const stats = await page.evaluate(
        ({ gesture, seconds }) => window.parleyBench.measure(gesture, seconds),
        { gesture, seconds: test.seconds },
      );
      results.push({
        elements: test.elements,
        nodes: drawn.nodes,
        edges: drawn.edges,
        renderer: test.renderer,
        style: test.style,
        gesture,
        ...stats,
      });
    }
    if (errors.length > 0) throw new Error(`The benchmark page failed: ${errors.join('; ')}`);
    return results;
  } finally {
    await page.close();
  }
}
