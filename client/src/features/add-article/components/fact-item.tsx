import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { guessLang } from '../../../lib/script';
import type { FactProblem } from '../model/fact-problems';

type Party = { id: string; name: string };

export function Name({ party }: { party: Party }) {
  return <span lang={guessLang(party.name)}>{party.name}</span>;
}

export function names(parties: readonly Party[], separator: string): ReactNode[] {
  return parties.flatMap((p, i) => [i > 0 ? separator : null, <Name key={p.id} party={p} />]);
}

export const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;

/** One fact of the preview; pointing at it (mouse or focus) marks its evidence in the text. */
export function FactItem(props: {
  id: string;
  onPoint: (factId: string | null) => void;
  dropped: boolean;
  touched: boolean;
  problems: readonly FactProblem[];
  children: ReactNode;
}) {
  const state = props.dropped ? ' fact-dropped' : props.touched ? ' fact-touched' : '';
  return (
    <li
      className={`fact-item${state}${props.problems.length > 0 ? ' fact-refused' : ''}`}
      tabIndex={0}
      data-fact-id={props.id}
      onMouseEnter={() => props.onPoint(props.id)}
      onMouseLeave={() => props.onPoint(null)}
      onFocus={() => props.onPoint(props.id)}
      onBlur={() => props.onPoint(null)}
    >
      {props.children}
      {props.problems.length > 0 && (
        <ul className="fact-problems" role="alert">
          {props.problems.map((p) => (
            <li key={`${p.field}:${p.message}`}>
              <strong>{p.field}:</strong> {p.message}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export type Correction = ReturnType<typeof useCorrection>;

/**
 * A fact's correction form, opened by its "Correct" button. Escape closes the form, not the
 * dialog around it, and the focus goes back to the button that opened it.
 */
export function useCorrection() {
  const [open, setOpen] = useState(false);
  const openerId = useId();
  return {
    open,
    openerId,
    toggle: () => setOpen((o) => !o),
    close: () => {
      setOpen(false);
      document.getElementById(openerId)?.focus();
    },
  };
}

export function CorrectButton({ correction, what }: { correction: Correction; what: string }) {
  return (
    <button
      id={correction.openerId}
      type="button"
      className="fact-correct"
      aria-expanded={correction.open}
      aria-label={correction.open ? `Done correcting this ${what}` : `Correct this ${what}`}
      onClick={correction.toggle}
    >
      {correction.open ? 'Done' : 'Correct'}
    </button>
  );
}

export function CorrectionPanel(props: {
  correction: Correction;
  what: string;
  children: ReactNode;
}) {
  if (!props.correction.open) return null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    props.correction.close();
  };
  return (
    <div
      className="fact-edit"
      role="group"
      aria-label={`Correct this ${props.what}`}
      onKeyDown={onKeyDown}
    >
      {props.children}
    </div>
  );
}
