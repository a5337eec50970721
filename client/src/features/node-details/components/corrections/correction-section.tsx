import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { WriteTokenField } from '../../../../components/write-token-field';
import { useWriteToken, writeTokenStore } from '../../../../lib/write-token';

/**
 * The corrections of a node, folded away under the details so a reader is not in the way of
 * them. Escape folds it again and puts the focus back on its title.
 */
export function CorrectionSection({ title, children }: { title: string; children: ReactNode }) {
  const token = useWriteToken();
  const [open, setOpen] = useState(false);
  const summary = useRef<HTMLElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open || event.isDefaultPrevented()) return;
    event.preventDefault();
    setOpen(false);
    summary.current?.focus();
  };
  return (
    <details
      className="corrections"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={onKeyDown}
    >
      <summary ref={summary}>{title}</summary>
      {open &&
        (token ? children : <WriteTokenField label="Corrections need the server’s write token" />)}
      {open && token && (
        <button
          type="button"
          className="link-button forget-token"
          onClick={() => writeTokenStore.write('')}
        >
          Forget the write token
        </button>
      )}
    </details>
  );
}
