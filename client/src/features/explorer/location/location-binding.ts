import { serialiseViewState, type SavedView, type ViewState } from '@parley/graph-schema';
import type { CanvasState } from '../state/canvas-state';
import { getEmptyCanvasState } from '../state/canvas-state';
import { canvasActions, canvasStore } from '../state/canvas-store';
import { createHistory } from '../state/history';
import { placementStore } from '../state/placement-store';
import { splitViewState, toViewState } from '../state/view-state';
import { locationStore } from './location-store';
import { openView, type OpenedView } from './open-view';
import { historyStep, viewPath, viewSourceAt, type ViewSource } from './view-location';

/** The view as it stands, ready to share; `savedViewId` while it is still a saved view unchanged. */
export function currentView(): { state: ViewState; savedViewId: string | null } {
  const state = toViewState(canvasStore.get().present, placementStore.get());
  const { baseline } = locationStore.get();
  const saved = baseline !== null && baseline.token === serialiseViewState(state);
  return { state, savedViewId: saved ? baseline.id : null };
}

/** After a share saved the view: the address shows /v/<id> while the view stays as saved. */
export function adoptSavedView(saved: SavedView): void {
  locationStore.update((s) => ({
    ...s,
    baseline: { id: saved.id, token: serialiseViewState(saved.state) },
  }));
}

/**
 * Keeps the address equal to the view, both ways: opens what the address names at start and on
 * Back/Forward, and writes every change back (a history entry for what Back should undo, an
 * in-place update for selection and camera). Call once, before the first render, so a link
 * does not flash the first view while it opens.
 */
export function bindViewToLocation(win: Window = window): () => void {
  let written: CanvasState | null = null;
  let ready = false;
  let attempt = 0;

  const write = () => {
    if (!ready) return;
    const canvas = canvasStore.get().present;
    const path = viewPath(toViewState(canvas, placementStore.get()), locationStore.get().baseline);
    const step = written && historyStep(written, canvas) === 'push' ? 'push' : 'replace';
    written = canvas;
    if (path === win.location.pathname + win.location.search) return;
    if (step === 'push') win.history.pushState(null, '', path);
    else win.history.replaceState(null, '', path);
  };

  const apply = (opened: OpenedView, how: 'start' | 'navigate') => {
    const { canvas, placement } = splitViewState(opened.state);
    written = canvas;
    locationStore.update(() => ({
      opening: false,
      notice: opened.notice,
      baseline: opened.baseline,
    }));
    placementStore.update(() => placement);
    if (how === 'start') canvasStore.update(() => createHistory(canvas));
    else canvasActions.apply(() => canvas);
    ready = true;
    write();
  };

  const open = (source: ViewSource, how: 'start' | 'navigate') => {
    const current = ++attempt;
    ready = false;
    if (source.kind !== 'none') locationStore.update((s) => ({ ...s, opening: true }));
    void openView(source, { checkNodes: how === 'start' }).then((opened) => {
      if (current === attempt) apply(opened, how);
    });
  };

  const source = viewSourceAt(win.location.pathname, win.location.search);
  if (source.kind === 'none') {
    ready = true;
  } else {
    canvasStore.update(() => createHistory({ ...getEmptyCanvasState(), showOverview: false }));
    open(source, 'start');
  }

  const onPopState = () =>
    open(viewSourceAt(win.location.pathname, win.location.search), 'navigate');
  win.addEventListener('popstate', onPopState);
  const unsubscribe = [canvasStore, placementStore, locationStore].map((store) =>
    store.subscribe(write),
  );
  return () => {
    win.removeEventListener('popstate', onPopState);
    unsubscribe.forEach((stop) => stop());
  };
}
