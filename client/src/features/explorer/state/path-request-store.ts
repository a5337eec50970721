import { createStore, useStore } from '../../../lib/create-store';

/**
 * The party the context menu's "Path to…" was chosen on, until the path finder in its details
 * opens, asking for the other end.
 */
const pathRequestStore = createStore<string | null>(null);

export const requestPathFrom = (id: string) => pathRequestStore.update(() => id);
/** Spent once the path finder of `id` goes (another node selected, or the panel closed). */
export const clearPathRequest = (id: string) =>
  pathRequestStore.update((requested) => (requested === id ? null : requested));

export const usePathRequested = (id: string) =>
  useStore(pathRequestStore, (requested) => requested === id);
