import { useEffect } from 'react';

const APP_NAME = 'Parley';

/** "Andrey Rudenko — Parley": a shared link reads well in a tab, a history list or a chat preview. */
export function useDocumentTitle(subject: string | null): void {
  useEffect(() => {
    document.title = subject ? `${subject} — ${APP_NAME}` : APP_NAME;
  }, [subject]);
}
