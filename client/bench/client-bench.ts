/**
 * The client benchmark, in headless Chromium: time to the first view of the real app over the
 * seed graph (and over a graph large enough to fill the first view's cap), then frames per
 * second while panning and zooming 1k, 5k and 20k elements with the canvas and WebGL renderers,
 * Parley's stylesheet against Cytoscape's bare default, and what each style property costs.
 * Prints the results as JSON on stdout (progress on stderr); `npm run bench` runs it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { syntheticBundles, ingestSynthetic, readCliFlags } from '@parley/server/fixture';
import { launchChromium } from '../e2e/support/chromium';
import { RENDERERS } from '../src/features/explorer/cytoscape/renderer-choice';
import { startBenchApp } from './bench-app';
import { benchGraph } from './bench-graph';
import { BENCH_VIEWPORT, measureFirstRender } from './first-render';
import { measureFrameRate, type FrameRateCase } from './frame-rate';
import { GESTURES } from './page/gestures';
import { BARE_STYLE, PARLEY_STYLE, STYLE_VARIANTS } from './page/style-variants';
import { EXPLORER_OPTIONS, VIEWPORT_OPTION_VARIANTS } from './page/viewport-options';
import type { ClientBenchResults, FirstRender, FrameRate } from './results';
import { buildApp, serveBenchPage } from './vite-builds';

const ARTIFACTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'artifacts');
/** Enough statements that the first view is cut at its cap of 300 nodes. */
const CAPPED_GRAPH_STATEMENTS = 2_000;

const USAGE =
  'usage: tsx client/bench/client-bench.ts [--sizes 1000,5000,20000] [--cycles N] [--runs N] [--style-cost-size N] [--viewport-options-rounds N]';
const { values } = readCliFlags(USAGE, {
  sizes: { type: 'string', default: '1000,5000,20000' },
  cycles: { type: 'string', default: '2' },
  runs: { type: 'string', default: '5' },
  'style-cost-size': { type: 'string', default: '5000' },
  'viewport-options-rounds': { type: 'string', default: '2' },
});

function positiveInteger(option: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`--${option} must be a positive whole number, got "${text}"`);
  return value;
}

const sizes = values.sizes.split(',').map((size) => positiveInteger('sizes', size.trim()));
const cycles = positiveInteger('cycles', values.cycles);
const runs = positiveInteger('runs', values.runs);
const viewportOptionsRounds = positiveInteger(
  'viewport-options-rounds',
  values['viewport-options-rounds'],
);
const styleCostSize = Number(values['style-cost-size']);
if (!Number.isInteger(styleCostSize) || styleCostSize < 0)
  throw new Error(`--style-cost-size must be 0 (skip) or a number of elements`);

const log = (message: string) => console.error(message);

async function firstRenders(browser: Browser): Promise<{
  firstRender: FirstRender[];
  appRenderer: ClientBenchResults['browser']['appRenderer'];
}> {
  log('Building the client…');
  const dist = await buildApp();
  log('Starting Neo4j and the server over the seed graph…');
  const app = await startBenchApp(dist.dir);
  try {
    const shot = (name: string) => path.join(ARTIFACTS_DIR, `first-view-${name}.png`);
    log(`Timing the first view, ${runs} cold loads each…`);
    const seed = await measureFirstRender(browser, app.baseUrl, 'seed', runs, shot('seed'));
    const page = await browser.newPage();
    await page.goto(app.baseUrl);
    const webgl = await page.locator('canvas[data-id="layer3-webgl"]').count();
    await page.close();
    log(`Adding ${CAPPED_GRAPH_STATEMENTS} synthetic statements…`);
    const bundles = syntheticBundles({ statements: CAPPED_GRAPH_STATEMENTS, seed: 1 });
    await ingestSynthetic(app.db, bundles[Symbol.iterator](), CAPPED_GRAPH_STATEMENTS);
    const graph = `seed + ${CAPPED_GRAPH_STATEMENTS} synthetic statements (capped)`;
    const capped = await measureFirstRender(browser, app.baseUrl, graph, runs, shot('capped'));
    return { firstRender: [seed, capped], appRenderer: webgl > 0 ? 'webgl' : 'canvas' };
  } finally {
    await app.close();
    dist.remove();
  }
}

async function frameRates(browser: Browser, pageUrl: string) {
  const frameRate: FrameRate[] = [];
  for (const elements of sizes) {
    const graph = benchGraph(elements);
    for (const renderer of RENDERERS)
      for (const style of [PARLEY_STYLE, BARE_STYLE]) {
        log(`Panning and zooming ${elements} elements: ${renderer}, ${style} style…`);
        const test: FrameRateCase = {
          graph,
          elements,
          renderer,
          style,
          viewportOptions: EXPLORER_OPTIONS,
          gestures: GESTURES,
          cycles,
        };
        frameRate.push(...(await measureFrameRate(browser, pageUrl, test, ARTIFACTS_DIR)));
      }
  }
  const styleCost: FrameRate[] = [];
  if (styleCostSize > 0) {
    const graph = benchGraph(styleCostSize);
    for (const style of [PARLEY_STYLE, ...STYLE_VARIANTS]) {
      log(`Style cost at ${styleCostSize} elements: ${style}…`);
      const test: FrameRateCase = {
        graph,
        elements: styleCostSize,
        renderer: 'canvas',
        style,
        viewportOptions: EXPLORER_OPTIONS,
        gestures: ['pan', 'zoom'],
        cycles,
      };
      styleCost.push(...(await measureFrameRate(browser, pageUrl, test, ARTIFACTS_DIR)));
    }
  }
  return { frameRate, styleCost, viewportOptions: await viewportOptionRates(browser, pageUrl) };
}

/**
 * Wheel zoom with each variant of the viewport options, Parley's style on the canvas. The
 * variants take turns (A, B, C, A, B, C…) so that other jobs on the machine weigh on all alike.
 */
async function viewportOptionRates(browser: Browser, pageUrl: string): Promise<FrameRate[]> {
  const rates: FrameRate[] = [];
  for (const elements of sizes) {
    const graph = benchGraph(elements);
    for (let round = 1; round <= viewportOptionsRounds; round++)
      for (const viewportOptions of VIEWPORT_OPTION_VARIANTS) {
        log(`Wheel zoom, ${elements} elements, ${viewportOptions} (round ${round})…`);
        const test: FrameRateCase = {
          graph,
          elements,
          renderer: 'canvas',
          style: PARLEY_STYLE,
          viewportOptions,
          gestures: ['wheel-zoom'],
          cycles,
        };
        rates.push(...(await measureFrameRate(browser, pageUrl, test, ARTIFACTS_DIR)));
      }
  }
  return rates;
}

async function main() {
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const browser = await launchChromium();
  const benchPage = await serveBenchPage();
  try {
    const { firstRender, appRenderer } = await firstRenders(browser);
    const probe = await browser.newPage();
    await probe.goto(benchPage.url);
    const webglRenderer = await probe.evaluate(() => window.parleyBench.gpuRenderer());
    await probe.close();
    const results: ClientBenchResults = {
      browser: {
        chromium: browser.version(),
        webglRenderer,
        appRenderer,
        viewport: BENCH_VIEWPORT,
      },
      firstRender,
      ...(await frameRates(browser, benchPage.url)),
    };
    log(`Screenshots in ${ARTIFACTS_DIR}`);
    process.stdout.write(JSON.stringify(results));
  } finally {
    await benchPage.close();
    await browser.close();
  }
}

await main();
