import { useEffect, useRef, type RefObject } from 'react';

/** While `open`, Escape or a mouse press outside `inside` calls `dismiss` (a popover's manners). */
export function useDismiss(
  open: boolean,
  inside: RefObject<HTMLElement | null>,
  dismiss: () => void,
): void {
  const latestDismiss = useRef(dismiss);
  useEffect(() => {
    latestDismiss.current = dismiss;
  });

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event instanceof MouseEvent && inside.current?.contains(event.target as Node)) return;
      latestDismiss.current();
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open, inside]);
}
