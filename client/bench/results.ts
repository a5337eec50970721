/** What the client benchmark reports: `client` in server/bench/results.json. */
import { z } from 'zod';
import { RENDERERS } from '../src/features/explorer/cytoscape/renderer-choice';
import { GESTURES } from './page/gestures';

export const firstRenderSchema = z.object({
  graph: z.string(),
  nodes: z.number(),
  edges: z.number(),
  runs: z.number(),
  /** From navigation start to the first frame that shows the laid-out graph. */
  medianMs: z.number(),
  minMs: z.number(),
  maxMs: z.number(),
  /** Medians of the steps before it: HTML and scripts parsed, then the first view's data in. */
  documentReadyMs: z.number(),
  overviewDataMs: z.number(),
});
export type FirstRender = z.infer<typeof firstRenderSchema>;

export const frameRateSchema = z.object({
  elements: z.number(),
  nodes: z.number(),
  edges: z.number(),
  renderer: z.enum(RENDERERS),
  style: z.string(),
  /** The explorer's Cytoscape options, or a variant of their viewport options. */
  viewportOptions: z.string(),
  gesture: z.enum(GESTURES),
  frames: z.number(),
  seconds: z.number(),
  fps: z.number(),
  p50FrameMs: z.number(),
  p95FrameMs: z.number(),
  maxFrameMs: z.number(),
  /** CPU time of all Chromium processes per frame; robust to other load on the machine. */
  cpuMsPerFrame: z.number(),
  /** The first round of the gesture, while texture caches fill: not in the numbers above. */
  firstRoundFps: z.number(),
  firstRoundMaxFrameMs: z.number(),
  /** The machine's 1-minute load average when the row was measured (2 cores). */
  loadAverage: z.number(),
  /**
   * Wheel zoom only: ms from the last wheel event of a zoom 4× in to the full drawing on screen,
   * Cytoscape's 150 ms wait for the end of the gesture included.
   */
  fullDrawAfterWheelMs: z.number().nullable(),
});
export type FrameRate = z.infer<typeof frameRateSchema>;

export const clientBenchSchema = z.object({
  browser: z.object({
    chromium: z.string(),
    /** What WebGL 2 reports; SwiftShader means software, no GPU. */
    webglRenderer: z.string().nullable(),
    /** What the app chose by itself in this browser. */
    appRenderer: z.enum(RENDERERS),
    viewport: z.object({ width: z.number(), height: z.number() }),
  }),
  firstRender: z.array(firstRenderSchema),
  frameRate: z.array(frameRateSchema),
  /** Parley's style with one cost taken out at a time, canvas renderer. */
  styleCost: z.array(frameRateSchema),
  /** Wheel zoom with Cytoscape's viewport options varied, the variants alternated in rounds. */
  viewportOptions: z.array(frameRateSchema),
});
export type ClientBenchResults = z.infer<typeof clientBenchSchema>;
