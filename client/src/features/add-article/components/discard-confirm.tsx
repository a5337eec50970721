import { useId, type KeyboardEvent } from 'react';

type Props = { onDiscard: () => void; onKeep: () => void };

/** Asked before closing the dialog on pasted text that was not added; Escape keeps editing. */
export function DiscardConfirm({ onDiscard, onKeep }: Props) {
  const questionId = useId();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Handled here, so the dialog around does not read it as a second request to close.
    event.preventDefault();
    event.stopPropagation();
    onKeep();
  };
  return (
    <div
      className="confirm discard-confirm"
      role="alertdialog"
      aria-labelledby={questionId}
      onKeyDown={onKeyDown}
    >
      <p id={questionId}>Close and throw away the article you pasted? It has not been added.</p>
      <button type="button" autoFocus onClick={onKeep}>
        Keep editing
      </button>
      <button type="button" className="danger" onClick={onDiscard}>
        Discard
      </button>
    </div>
  );
}
