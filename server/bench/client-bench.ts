/**
 * The client half of `npm run bench` (client/bench/client-bench.ts), in a process of its own:
 * it builds the client, starts its own Neo4j and drives headless Chromium.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clientBenchSchema, type ClientBenchResults } from '@parley/client/bench-results';
import { mergeIntoResults } from './results-file';

const CLIENT_BENCH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../client/bench/client-bench.ts',
);

export type ClientBenchOptions = { sizes?: string; cycles?: string };

/** Runs the client benchmark; its progress goes to this terminal, its results come back parsed. */
export function runClientBench(options: ClientBenchOptions): Promise<ClientBenchResults> {
  const args = ['--import', 'tsx', CLIENT_BENCH];
  if (options.sizes) args.push('--sizes', options.sizes);
  if (options.cycles) args.push('--cycles', options.cycles);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) reject(new Error(`The client benchmark exited with code ${code}`));
      else resolve(clientBenchSchema.parse(JSON.parse(stdout)));
    });
  });
}

/** Puts the client results into the results file, keeping what the server part wrote there. */
export function mergeClientResults(file: string, client: ClientBenchResults): void {
  mergeIntoResults(file, 'client', client);
}

export function printClientResults(client: ClientBenchResults): void {
  const { browser } = client;
  console.log(
    `\nClient: Chromium ${browser.chromium}, WebGL on ${browser.webglRenderer ?? 'nothing'}; ` +
      `the app chose ${browser.appRenderer}; ${browser.viewport.width}×${browser.viewport.height}`,
  );
  console.table(
    client.firstRender.map((r) => ({
      'first view of': r.graph,
      nodes: r.nodes,
      edges: r.edges,
      'median ms': r.medianMs,
      'min–max ms': `${r.minMs}–${r.maxMs}`,
      'document ready ms': r.documentReadyMs,
      'data in ms': r.overviewDataMs,
    })),
  );
  const fps = (rows: ClientBenchResults['frameRate']) =>
    rows.map((r) => ({
      elements: r.elements,
      renderer: r.renderer,
      style: r.style,
      options: r.viewportOptions,
      gesture: r.gesture,
      fps: r.fps,
      'p95 frame ms': r.p95FrameMs,
      'max frame ms': r.maxFrameMs,
      'CPU ms/frame': r.cpuMsPerFrame,
      'first round fps': r.firstRoundFps,
      'full draw after wheel ms': r.fullDrawAfterWheelMs ?? '',
      'load average': r.loadAverage,
    }));
  console.table(fps(client.frameRate));
  if (client.styleCost.length > 0) console.table(fps(client.styleCost));
  if (client.viewportOptions.length > 0) console.table(fps(client.viewportOptions));
}
