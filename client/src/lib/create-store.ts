import { useCallback, useSyncExternalStore } from 'react';

export type Producer<S> = (state: S) => S;

export type Store<S> = {
  get(): S;
  update(producer: Producer<S>): void;
  subscribe(listener: () => void): () => void;
};

/** A minimal external store: state changes only through pure producers, React reads by selector. */
export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    update(producer) {
      const next = producer(state);
      if (Object.is(next, state)) return;
      state = next;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Selectors must return stable values (a slice of state, not a fresh object) to avoid re-renders. */
export function useStore<S, T>(store: Store<S>, selector: (state: S) => T): T {
  const getSnapshot = useCallback(() => selector(store.get()), [store, selector]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}
