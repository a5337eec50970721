import os from 'node:os';
import path from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import type { RendererName } from '../src/features/explorer/cytoscape/renderer-choice';
import type { BenchGraph } from './bench-graph';
import { BENCH_VIEWPORT } from './first-render';
import { GESTURE_PERIOD_MS, type Gesture } from './page/gestures';
import type { DrawnGraph } from './page/main';
import { EXPLORER_OPTIONS } from './page/viewport-options';
import type { FrameRate } from './results';
import { pictureWheelZoom } from './wheel-zoom-pictures';

/** How one graph is drawn and moved: each combination gets a fresh page. */
export type FrameRateCase = {
  graph: BenchGraph;
  elements: number;
  renderer: RendererName;
  style: string;
  /** The explorer's Cytoscape options, or a variant of their viewport options. */
  viewportOptions: string;
  gestures: readonly Gesture[];
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
 * Draws the graph on the benchmark page, saves a picture of it, then plays the case's gestures
 * and reports the frame rates (with pictures during and after a wheel zoom). Cytoscape's canvas
 * renderer caches textures per zoom level, so the first round of a gesture (reported apart) is
 * slower than the next ones, which are measured.
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
      ({ graph, renderer, style, viewportOptions }) =>
        window.parleyBench.draw(graph, renderer, style, viewportOptions),
      test,
    );
    if (drawn.webglLayer !== (test.renderer === 'webgl'))
      throw new Error(`Asked for the ${test.renderer} renderer, got the other one`);
    const options =
      test.viewportOptions === EXPLORER_OPTIONS ? '' : `-${slug(test.viewportOptions)}`;
    const name = `fps-${test.elements}-${test.renderer}-${slug(test.style)}${options}`;
    await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
    const results: FrameRate[] = [];
    for (const gesture of test.gestures) {
      const play = (ms: number) =>
        page.evaluate((args) => window.parleyBench.play(args.gesture, args.ms), { gesture, ms });
      const firstRound = await play(GESTURE_PERIOD_MS[gesture]);
      const cpuBefore = await chromiumCpuSeconds(browserSession);
      const stats = await play(GESTURE_PERIOD_MS[gesture] * test.cycles);
      const cpuSeconds = (await chromiumCpuSeconds(browserSession)) - cpuBefore;
      const fullDrawAfterWheelMs =
        gesture === 'wheel-zoom'
          ? await pictureWheelZoom(page, path.join(artifactsDir, name))
          : null;
      results.push({
        elements: test.elements,
        nodes: drawn.nodes,
        edges: drawn.edges,
        renderer: test.renderer,
        style: test.style,
        viewportOptions: test.viewportOptions,
        gesture,
        ...stats,
        cpuMsPerFrame: Math.round((cpuSeconds * 1000) / stats.frames),
        firstRoundFps: firstRound.fps,
        firstRoundMaxFrameMs: firstRound.maxFrameMs,
        loadAverage: Math.round(os.loadavg()[0]! * 10) / 10,
        fullDrawAfterWheelMs,
      });
    }
    if (errors.length > 0) throw new Error(`The benchmark page failed: ${errors.join('; ')}`);
    return results;
  } finally {
    await browserSession.detach();
    await page.close();
  }
}
