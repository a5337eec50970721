/** Undo/redo over whole snapshots: states are small and immutable, so a snapshot costs a pointer. */
export type History<S> = { past: S[]; present: S; future: S[] };

export const HISTORY_LIMIT_STEPS = 100;

export function createHistory<S>(present: S): History<S> {
  return { past: [], present, future: [] };
}

/** A change the user can undo. A producer that returns the same state records nothing. */
export const commit =
  <S>(producer: (state: S) => S) =>
  (history: History<S>): History<S> => {
    const next = producer(history.present);
    if (Object.is(next, history.present)) return history;
    return {
      past: [...history.past, history.present].slice(-HISTORY_LIMIT_STEPS),
      present: next,
      future: [],
    };
  };

/** A change not worth an undo step of its own (selecting, hovering): it rides on the present. */
export const replace =
  <S>(producer: (state: S) => S) =>
  (history: History<S>): History<S> => {
    const next = producer(history.present);
    return Object.is(next, history.present) ? history : { ...history, present: next };
  };

export function undo<S>(history: History<S>): History<S> {
  const previous = history.past[history.past.length - 1];
  if (previous === undefined) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
  };
}

export function redo<S>(history: History<S>): History<S> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest };
}
