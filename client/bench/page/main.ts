/**
 * The frame-rate benchmark page: draws a graph with the explorer's own Cytoscape options, element
 * data and stylesheet, then moves the camera one step per animation frame and times the frames.
 * Driven by client/bench through `window.parleyBench`.
 */
import cytoscape, { type Core } from 'cytoscape';
import { canvasOptions } from '../../src/features/explorer/cytoscape/canvas-options';
import { probeWebglRenderer } from '../../src/features/explorer/cytoscape/page-renderer';
import type { RendererName } from '../../src/features/explorer/cytoscape/renderer-choice';
import { syncElements } from '../../src/features/explorer/cytoscape/sync-elements';
import { fromVisibleGraph } from '../../src/features/explorer/state/canvas-elements';
import type { BenchGraph } from '../bench-graph';
import { frameStats, type FrameStats } from './frame-stats';
import { cameraAt, type Camera, type CameraGesture, type Gesture } from './gestures';
import { nextFrame } from './next-frame';
import { stylesheetFor } from './style-variants';
import { viewportOptionsFor } from './viewport-options';
import { holdWheelZoom, playWheelZoom, releaseWheelZoom } from './wheel-zoom';

const FIT_PADDING_PX = 30;

export type DrawnGraph = { nodes: number; edges: number; webglLayer: boolean };

export type BenchPage = {
  gpuRenderer(): string | null;
  draw(
    graph: BenchGraph,
    renderer: RendererName,
    style: string,
    viewportOptions: string,
  ): Promise<DrawnGraph>;
  /** Plays a gesture for `ms`, one camera step per frame, and times the frames. */
  play(gesture: Gesture, ms: number): Promise<FrameStats>;
  /** Wheels `factor` times closer over `frames` frames and holds the gesture until released. */
  holdWheelZoom(factor: number, frames: number): Promise<number>;
  /** Ends the held wheel zoom; the ms until the full drawing is on screen. */
  releaseWheelZoom(): Promise<number>;
};

declare global {
  interface Window {
    parleyBench: BenchPage;
  }
}

let drawn: Core | null = null;
const current = () => {
  if (!drawn) throw new Error('Nothing drawn yet: call draw() first');
  return drawn;
};

/** Runs a gesture for `durationMs`, one camera step per animation frame; the frame times. */
async function playGesture(
  cy: Core,
  gesture: CameraGesture,
  durationMs: number,
): Promise<number[]> {
  const start: Camera = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  const view = { width: cy.width(), height: cy.height(), maxZoom: cy.maxZoom() };
  const stamps = [await nextFrame()];
  while (stamps.at(-1)! - stamps[0]! < durationMs) {
    cy.viewport(cameraAt(gesture, start, view, stamps.at(-1)! - stamps[0]!));
    stamps.push(await nextFrame());
  }
  cy.viewport(start);
  return stamps;
}

window.parleyBench = {
  gpuRenderer: probeWebglRenderer,

  async draw(graph, renderer, style, viewportOptions) {
    drawn?.destroy();
    const container = document.getElementById('cy');
    if (!container) throw new Error('The benchmark page has no #cy element');
    const cy = cytoscape({
      ...canvasOptions(renderer),
      ...viewportOptionsFor(viewportOptions),
      container,
      style: stylesheetFor(style),
    });
    drawn = cy;
    const visible = { nodes: graph.nodes, edges: graph.edges, parentOf: new Map(graph.parentOf) };
    syncElements(
      cy,
      fromVisibleGraph(visible, new Set()),
      new Map(Object.entries(graph.positions)),
    );
    cy.fit(undefined, FIT_PADDING_PX);
    await nextFrame();
    await nextFrame();
    return {
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      webglLayer: container.querySelector('canvas[data-id="layer3-webgl"]') !== null,
    };
  },

  async play(gesture, ms) {
    const cy = current();
    const stamps =
      gesture === 'wheel-zoom' ? await playWheelZoom(cy, ms) : await playGesture(cy, gesture, ms);
    return frameStats(stamps);
  },

  async holdWheelZoom(factor, frames) {
    const cy = current();
    await holdWheelZoom(cy, factor, frames);
    return cy.zoom();
  },

  releaseWheelZoom,
};
