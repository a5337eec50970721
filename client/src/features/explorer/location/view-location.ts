import {
  VIEW_URL_PARAM,
  savedViewIdSchema,
  savedViewPath,
  serialiseViewState,
  viewStatePath,
  type ViewState,
} from '@parley/graph-schema';
import type { CanvasState } from '../state/canvas-state';

/** Where the address says the view comes from. */
export type ViewSource =
  { kind: 'none' } | { kind: 'link'; token: string } | { kind: 'saved'; id: string };

const SAVED_VIEW_PATH = /^\/v\/([^/]+)\/?$/;

export function viewSourceAt(pathname: string, search: string): ViewSource {
  const saved = SAVED_VIEW_PATH.exec(pathname);
  if (saved?.[1] !== undefined) return { kind: 'saved', id: decodeURIComponent(saved[1]) };
  const token = new URLSearchParams(search).get(VIEW_URL_PARAM);
  return token === null ? { kind: 'none' } : { kind: 'link', token };
}

export const isSavedViewId = (id: string) => savedViewIdSchema.safeParse(id).success;

/** A saved view the address shows while the view is still exactly what was saved. */
export type SavedBaseline = { id: string; token: string };

/** The address of a view: its saved id while unchanged, otherwise the state itself. */
export function viewPath(state: ViewState, baseline: SavedBaseline | null): string {
  if (baseline && baseline.token === serialiseViewState(state)) return savedViewPath(baseline.id);
  return viewStatePath(state);
}

/**
 * A change to what is on the canvas, its mode, filters or layout gets its own history entry, so
 * Back undoes it; a new selection, focus or camera only updates the current entry.
 */
export function historyStep(previous: CanvasState, next: CanvasState): 'push' | 'replace' {
  const { selection: _a, focusNodeId: _b, ...before } = previous;
  const { selection: _c, focusNodeId: _d, ...after } = next;
  return JSON.stringify(before) === JSON.stringify(after) ? 'replace' : 'push';
}
