import { createStore, useStore } from '../../../lib/create-store';

/** A message the canvas says out of turn ("Link copied"), shown briefly and read out. */
export type Notice = { text: string; at: number } | null;

const noticeStore = createStore<Notice>(null);

export const notify = (text: string) => noticeStore.update(() => ({ text, at: Date.now() }));
export const clearNotice = () => noticeStore.update(() => null);

const identity = (notice: Notice) => notice;
export const useNotice = () => useStore(noticeStore, identity);
