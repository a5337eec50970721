import path from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import type { RendererName } from '../src/features/explorer/cytoscape/renderer-choice';
import type { BenchGraph } from './bench-graph';
import { BENCH_VIEWPORT } from './first-render';
import { GESTURES, GESTURE_PERIOD_MS } from './page/gestures';
import type { DrawnGraph } from './page/main';
import type { FrameRate } from './results';

/** How one graph is drawn and moved: each combination gets a fresh page. */
export type FrameRateCase = {
  graph: BenchGraph;
  elements: number;
  renderer: RendererName;
  style: string;
  /** Rounds of each gesture measured, after one that warms the caches up. */
  cycles: number;
};

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * CPU time of every Chromium process so far (renderer, GPU, browser): the work a frame costs,
 * which other jobs on a shared machine do not inflate the way they inflate frame times.
 */
async function chromiumCpuSeconds(browserSession: CDPSession): Promise<number> {
  const { processInfo } = await browserSession.send('SystemInfo.getProcessInfo');
  return processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
}

/**
 * Draws the graph on the benchmark page, saves a picture of it, then pans and zooms it and
 * reports the frame rates. Cytoscape's canvas renderer caches textures per zoom level, so the
 * first round of a gesture (reported apart) is slower than the next ones, which are measured.
 */
export async function measureFrameRate(
  browser: Browser,
  pageUrl: string,
  test: FrameRateCase,
  artifactsDir: string,
): Promise<FrameRate[]> {
  const page = await browser.newPage({ viewport: BENCH_VIEWPORT });
  const browserSession = await browser.newBrowserCDPSession();
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
      const play = (ms: number) =>
        page.evaluate((args) => window.parleyBench.play(args.gesture, args.ms), { gesture, ms });
      const firstRound = await play(GESTURE_PERIOD_MS[gesture]);
      const cpuBefore = await chromiumCpuSeconds(browserSession);
      const stats = await play(GESTURE_PERIOD_MS[gesture] * test.cycles);
      const cpuSeconds = (await chromiumCpuSeconds(browserSession)) - cpuBefore;
      results.push({
        elements: test.elements,
        nodes: drawn.nodes,
        edges: drawn.edges,
        renderer: test.renderer,
        style: test.style,
        gesture,
        ...stats,
        cpuMsPerFrame: Math.round((cpuSeconds * 1000) / stats.frames),
        firstRoundFps: firstRound.fps,
        firstRoundMaxFrameMs: firstRound.maxFrameMs,
      });
    }
    if (errors.length > 0) throw new Error(`The benchmark page failed: ${errors.join('; ')}`);
    return results;
  } finally {
    await browserSession.detach();
    await page.close();
  }
}
