import { useId, useState, type KeyboardEvent } from 'react';

type Props = {
  label: string;
  /** What will happen, asked before it does. */
  question: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
};

/** A destructive action asked twice: the question takes the focus, Escape or Cancel backs out. */
export function ConfirmButton({ label, question, confirmLabel, pending, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const openerId = useId();
  const questionId = useId();
  const cancel = () => {
    setAsking(false);
    // The opener comes back on the next render; focus it then.
    requestAnimationFrame(() => document.getElementById(openerId)?.focus());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    cancel();
  };
  if (!asking)
    return (
      <button id={openerId} type="button" className="danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div className="confirm" role="alertdialog" aria-labelledby={questionId} onKeyDown={onKeyDown}>
      <p id={questionId}>{question}</p>
      <button type="button" className="danger" autoFocus disabled={pending} onClick={onConfirm}>
        {pending ? 'Working…' : confirmLabel}
      </button>
      <button type="button" onClick={cancel} disabled={pending}>
        Cancel
      </button>
    </div>
  );
}
