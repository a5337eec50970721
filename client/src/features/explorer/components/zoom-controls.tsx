import { requestFit, requestZoomIn, requestZoomOut } from '../state/viewport-requests';
import { SHORTCUT_HINTS } from './shortcut-hints';

/** Zoom in, out and fit all, in a corner of the canvas, with their keys. */
export function ZoomControls() {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button
        type="button"
        onClick={requestZoomIn}
        aria-label="Zoom in"
        title={`Zoom in (${SHORTCUT_HINTS.zoomIn})`}
        aria-keyshortcuts="+"
      >
        +
      </button>
      <button
        type="button"
        onClick={requestZoomOut}
        aria-label="Zoom out"
        title={`Zoom out (${SHORTCUT_HINTS.zoomOut})`}
        aria-keyshortcuts="-"
      >
        −
      </button>
      <button
        type="button"
        onClick={requestFit}
        aria-label="Fit all"
        title={`Fit the whole graph in view (${SHORTCUT_HINTS.fit})`}
        aria-keyshortcuts="F"
      >
        ⤢
      </button>
    </div>
  );
}
