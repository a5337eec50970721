import { createStore, useStore } from '../../../lib/create-store';

export type ViewportRequestKind = 'fit' | 'zoom-in' | 'zoom-out';
export type ViewportRequest = { kind: ViewportRequestKind; seq: number } | null;

/** Camera requests from outside the canvas (a shortcut, a button), numbered so each counts. */
export const viewportRequests = createStore<{ last: ViewportRequest }>({ last: null });

const request = (kind: ViewportRequestKind) =>
  viewportRequests.update(({ last }) => ({ last: { kind, seq: (last?.seq ?? 0) + 1 } }));

export const requestFit = () => request('fit');
export const requestZoomIn = () => request('zoom-in');
export const requestZoomOut = () => request('zoom-out');

const selectLast = (r: { last: ViewportRequest }) => r.last;
export const useViewportRequest = () => useStore(viewportRequests, selectLast);
