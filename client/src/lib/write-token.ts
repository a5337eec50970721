import { createStore, useStore } from './create-store';

const KEY = 'parley.writeToken';

function readSaved(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

const store = createStore<string>(readSaved());

/**
 * The write token lives for the browser session only: long enough not to retype it for every
 * correction, gone when the tab closes, so a shared newsroom machine does not keep it. Every
 * part of the page that writes reads it from here, so entering it once unlocks them all.
 */
export const writeTokenStore = {
  read: (): string => store.get(),
  write(token: string): void {
    store.update(() => token);
    try {
      if (token) sessionStorage.setItem(KEY, token);
      else sessionStorage.removeItem(KEY);
    } catch {
      // Storage can be disabled; the token then lasts as long as the page.
    }
  },
};

const identity = (token: string) => token;

/** The current write token ('' when none was given), re-rendering when it changes. */
export const useWriteToken = (): string => useStore(store, identity);
