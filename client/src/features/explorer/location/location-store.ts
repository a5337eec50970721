import { createStore, useStore } from '../../../lib/create-store';
import type { ViewNotice } from './opened-view';
import type { SavedBaseline } from './view-location';

/** The view the address points to, while it opens and after. */
export type LocationState = {
  /** A link or saved view is being read; the canvas waits for it instead of showing the overview. */
  opening: boolean;
  notice: ViewNotice | null;
  baseline: SavedBaseline | null;
};

export const locationStore = createStore<LocationState>({
  opening: false,
  notice: null,
  baseline: null,
});

export const dismissNotice = () => locationStore.update((s) => ({ ...s, notice: null }));

const selectOpening = (s: LocationState) => s.opening;
const selectNotice = (s: LocationState) => s.notice;
export const useViewOpening = () => useStore(locationStore, selectOpening);
export const useViewNotice = () => useStore(locationStore, selectNotice);
