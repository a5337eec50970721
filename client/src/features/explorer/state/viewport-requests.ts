import { createStore, useStore } from '../../../lib/create-store';

/** Camera requests from outside the canvas (a shortcut, a button): each one bumps a counter. */
export const viewportRequests = createStore({ fit: 0 });

export const requestFit = () => viewportRequests.update((r) => ({ ...r, fit: r.fit + 1 }));

const selectFit = (r: { fit: number }) => r.fit;
export const useFitRequests = () => useStore(viewportRequests, selectFit);
