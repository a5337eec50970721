import type { Browser } from 'playwright-core';
import { FIRST_GRAPH_FRAME_MARK } from '../src/features/explorer/cytoscape/first-frame-mark';
import type { FirstRender } from './results';

export const BENCH_VIEWPORT = { width: 1280, height: 800 } as const;
const FIRST_VIEW_TIMEOUT_MS = 30_000;

type Timing = { firstGraphMs: number; documentReadyMs: number; overviewDataMs: number };

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (ms: number) => Math.round(ms);

/** One cold load in a fresh browser context (empty cache), timed by the page's own clock. */
async function loadOnce(browser: Browser, url: string, screenshotPath?: string) {
  const context = await browser.newContext({ viewport: BENCH_VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      FIRST_GRAPH_FRAME_MARK,
      { timeout: FIRST_VIEW_TIMEOUT_MS },
    );
    const timing = await page.evaluate((mark): Timing => {
      const [navigation] = performance.getEntriesByType(
        'navigation',
      ) as PerformanceNavigationTiming[];
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const overview = resources.find((entry) => new URL(entry.name).pathname === '/api/graph');
      return {
        firstGraphMs: performance.getEntriesByName(mark)[0]!.startTime,
        documentReadyMs: navigation?.domContentLoadedEventEnd ?? Number.NaN,
        overviewDataMs: overview?.responseEnd ?? Number.NaN,
      };
    }, FIRST_GRAPH_FRAME_MARK);
    const summary = (await page.getByTestId('canvas-summary').textContent()) ?? '';
    const counts = /(\d+) nodes and (\d+) edges/.exec(summary);
    if (!counts) throw new Error(`Unexpected canvas summary: "${summary}"`);
    if (screenshotPath) await page.screenshot({ path: screenshotPath });
    return { ...timing, nodes: Number(counts[1]), edges: Number(counts[2]) };
  } finally {
    await context.close();
  }
}

/**
 * Time to the first view: `runs` cold loads after one that warms the server and the browser
 * process up, each from navigation start to the app's first-graph-frame mark.
 */
export async function measureFirstRender(
  browser: Browser,
  baseUrl: string,
  graph: string,
  runs: number,
  screenshotPath: string,
): Promise<FirstRender> {
  await loadOnce(browser, baseUrl);
  const loads = [];
  for (let run = 0; run < runs; run++)
    loads.push(await loadOnce(browser, baseUrl, run === 0 ? screenshotPath : undefined));
  const firstGraph = loads.map((l) => l.firstGraphMs);
  return {
    graph,
    nodes: loads[0]!.nodes,
    edges: loads[0]!.edges,
    runs,
    medianMs: round(median(firstGraph)),
    minMs: round(Math.min(...firstGraph)),
    maxMs: round(Math.max(...firstGraph)),
    documentReadyMs: round(median(loads.map((l) => l.documentReadyMs))),
    overviewDataMs: round(median(loads.map((l) => l.overviewDataMs))),
  };
}
