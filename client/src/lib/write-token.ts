const KEY = 'parley.writeToken';

/**
 * The write token lives for the browser session only: long enough not to retype it for every
 * article, gone when the tab closes, so a shared newsroom machine does not keep it.
 */
export const writeTokenStore = {
  read(): string {
    try {
      return sessionStorage.getItem(KEY) ?? '';
    } catch {
      return '';
    }
  },
  write(token: string): void {
    try {
      if (token) sessionStorage.setItem(KEY, token);
      else sessionStorage.removeItem(KEY);
    } catch {
      // Storage can be disabled; the token then lasts as long as the dialog.
    }
  },
};
