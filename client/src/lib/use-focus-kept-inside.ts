import { useEffect, type RefObject } from 'react';

/**
 * Focus that falls out of `container` to the page itself, because the focused control was
 * disabled or taken away (a button that turns into "Adding…", a form replaced by its result),
 * goes back to `container`, which needs `tabIndex={-1}`. Otherwise keys would reach the page
 * behind a modal dialog, and Escape would no longer close it.
 */
export function useFocusKeptInside(container: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const recover = (event: FocusEvent) => {
      if (event.relatedTarget !== null) return;
      // Whatever the page focuses next in the same task (autoFocus of a new control) wins.
      queueMicrotask(() => {
        if (element.isConnected && document.activeElement === document.body) element.focus();
      });
    };
    element.addEventListener('focusout', recover);
    return () => element.removeEventListener('focusout', recover);
  }, [container]);
}
