import type { Core } from 'cytoscape';

/** The `performance.mark` that `npm run bench` reads for the time to the first graph. */
export const FIRST_GRAPH_FRAME_MARK = 'parley:first-graph-frame';

/**
 * Marks the first frame that shows a laid-out graph. The camera fits in the promise callbacks
 * that follow the first `layoutstop`, before the next animation frame; Cytoscape draws in its
 * own animation-frame callback, queued before this one, so by this callback the frame is drawn.
 * Counted with requestAnimationFrame because the WebGL renderer emits no `render` events.
 */
export function markFirstGraphFrame(cy: Core): void {
  cy.one('layoutstop', () => {
    requestAnimationFrame(() => performance.mark(FIRST_GRAPH_FRAME_MARK));
  });
}
