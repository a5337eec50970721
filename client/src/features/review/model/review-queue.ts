import type { ReviewQueueItem, ReviewQueueResponse } from '@parley/graph-schema';

/**
 * Where the reader is in the queue: the statement on screen, and its place, which the next one
 * takes when the statement leaves the queue (accepted, dropped, or reviewed by someone else).
 */
export type QueuePosition = { id: string | null; index: number };

export const START: QueuePosition = { id: null, index: 0 };

/** Every statement the fetched pages hold, once each, in queue order. */
export function queueItems(pages: readonly ReviewQueueResponse[]): ReviewQueueItem[] {
  const seen = new Set<string>();
  return pages
    .flatMap((page) => page.items)
    .filter((item) => !seen.has(item.statement.id) && seen.add(item.statement.id));
}

/** How many are left: as the newest page counted them. */
export const remainingOf = (pages: readonly ReviewQueueResponse[]) => pages.at(-1)?.remaining ?? 0;

/** The index of the statement on screen: where it is now, or the place it left. */
export function indexOf(items: readonly ReviewQueueItem[], position: QueuePosition): number {
  const found = items.findIndex((item) => item.statement.id === position.id);
  if (found !== -1) return found;
  return Math.min(position.index, Math.max(items.length - 1, 0));
}

const at = (items: readonly ReviewQueueItem[], index: number): QueuePosition => ({
  id: items[index]?.statement.id ?? null,
  index,
});

/** Moves by `delta` statements, stopping at either end of what is loaded. */
export function step(
  items: readonly ReviewQueueItem[],
  position: QueuePosition,
  delta: number,
): QueuePosition {
  const index = Math.min(Math.max(indexOf(items, position) + delta, 0), items.length - 1);
  return index < 0 ? START : at(items, index);
}

/**
 * After a decision on the statement on screen: the one after it, which takes its place once the
 * queue is fetched again; the one before when it was the last.
 */
export function afterDecision(
  items: readonly ReviewQueueItem[],
  position: QueuePosition,
): QueuePosition {
  const index = indexOf(items, position);
  if (index + 1 < items.length) return { id: items[index + 1]!.statement.id, index };
  return index > 0 ? at(items, index - 1) : START;
}

/** Whether the reader is close enough to the end of what is loaded to ask for the next page. */
export const nearTheEnd = (items: readonly ReviewQueueItem[], position: QueuePosition) =>
  indexOf(items, position) >= items.length - 3;
