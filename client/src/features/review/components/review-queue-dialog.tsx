import type { GraphEdge, GraphNode } from '@parley/graph-schema';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { WriteTokenField } from '../../../components/write-token-field';
import { describeWriteError } from '../../../lib/api-error';
import { booleanProp, numberProp, stringProp } from '../../../lib/graph-properties';
import { useWriteToken } from '../../../lib/write-token';
import { useAcceptStatement } from '../api/accept-statement';
import { useDropStatement } from '../api/drop-statement';
import {
  current,
  decide,
  remaining,
  reviewQueue,
  startQueue,
  step,
  type Evidence,
} from '../model/review-queue';

export type ReviewQueueProps = {
  /** What the canvas shows: the queue walks its extracted statements. */
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  renderEvidence: (evidence: Evidence) => ReactNode;
  /** Opens a statement in the detail panel to correct it there. */
  onFix: (statementId: string) => void;
  onClose: () => void;
};

const DECISION_WORDS = { accepted: 'Accepted as reviewed', dropped: 'Dropped' } as const;

/**
 * The facts on the canvas that most need a person's eyes, one at a time: accept (A), fix (F) or
 * drop (D), and step with the arrow keys. The queue is fixed when it opens, so it does not
 * reshuffle as decisions refetch the graph.
 */
export function ReviewQueueDialog({
  nodes,
  edges,
  renderEvidence,
  onFix,
  onClose,
}: ReviewQueueProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const shown = useRef<HTMLElement>(null);
  const [queue, setQueue] = useState(() => startQueue(reviewQueue(nodes, edges)));
  const token = useWriteToken();
  const accept = useAcceptStatement();
  const drop = useDropStatement();

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const item = current(queue);
  const id = item?.statement.id;
  const decision = id ? queue.decided[id] : undefined;
  const busy = accept.isPending || drop.isPending;
  const canDecide = item !== undefined && !decision && !busy && token !== '';
  const left = remaining(queue);

  // Buttons go disabled while a decision is sent, which drops the focus: the keys would then
  // miss the dialog. The next item takes the focus instead.
  const decided = (statementId: string, decision: 'accepted' | 'dropped') => {
    setQueue((q) => decide(q, statementId, decision));
    requestAnimationFrame(() => shown.current?.focus());
  };
  const actions = {
    accept: () =>
      item &&
      canDecide &&
      accept.mutate(
        { id: item.statement.id, speakerIds: item.speakerIds },
        { onSuccess: () => decided(item.statement.id, 'accepted') },
      ),
    drop: () =>
      item &&
      canDecide &&
      drop.mutate(item.statement.id, {
        onSuccess: () => decided(item.statement.id, 'dropped'),
      }),
    fix: () => {
      if (!item || decision === 'dropped') return;
      onFix(item.statement.id);
      onClose();
    },
    next: () => setQueue((q) => step(q, 1)),
    previous: () => setQueue((q) => step(q, -1)),
  };
  const KEYS: Record<string, () => void> = {
    a: actions.accept,
    d: actions.drop,
    f: actions.fix,
    ArrowDown: actions.next,
    ArrowRight: actions.next,
    ArrowUp: actions.previous,
    ArrowLeft: actions.previous,
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey)
      return;
    const action = KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const error = accept.error ?? drop.error;
  const confidence = item && numberProp(item.statement, 'confidence');
  return (
    <dialog
      ref={dialog}
      className="side-dialog review-queue"
      aria-labelledby="review-queue-title"
      onClose={onClose}
      onKeyDown={onKeyDown}
    >
      <header className="dialog-header">
        <h2 id="review-queue-title">Review queue</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">
        {!token && <WriteTokenField label="Reviewing needs the server’s write token" />}
        <p className="queue-count" role="status">
          {queue.items.length === 0
            ? 'Nothing extracted on the canvas needs review.'
            : `${left} of ${queue.items.length} left to review · item ${queue.at + 1}`}
        </p>
        {item && (
          <article
            className="queue-item"
            aria-label="Statement to review"
            ref={shown}
            tabIndex={-1}
          >
            <p className="queue-why">
              {booleanProp(item.statement, 'ambiguous') ? 'Uncertain speaker · ' : ''}
              {confidence !== undefined && `${Math.round(confidence * 100)}% confident`}
            </p>
            <h3 className="queue-label" lang={stringProp(item.statement, 'lang')}>
              {item.statement.label}
            </h3>
            {item.evidence ? (
              renderEvidence(item.evidence)
            ) : (
              <p className="muted">No source passage recorded.</p>
            )}
            {decision && (
              <p className={`queue-decision queue-${decision}`}>{DECISION_WORDS[decision]}.</p>
            )}
          </article>
        )}
        {error && (
          <p className="write-error" role="alert">
            {describeWriteError(error)}
          </p>
        )}
        <div className="queue-actions">
          <button
            type="button"
            className="primary"
            disabled={!canDecide}
            aria-keyshortcuts="A"
            onClick={actions.accept}
          >
            {accept.isPending ? 'Accepting…' : 'Accept (A)'}
          </button>
          <button
            type="button"
            disabled={!item || decision === 'dropped'}
            aria-keyshortcuts="F"
            onClick={actions.fix}
          >
            Fix (F)
          </button>
          <button
            type="button"
            className="danger"
            disabled={!canDecide}
            aria-keyshortcuts="D"
            onClick={actions.drop}
          >
            {drop.isPending ? 'Dropping…' : 'Drop (D)'}
          </button>
        </div>
        <div className="queue-steps">
          <button
            type="button"
            onClick={actions.previous}
            disabled={queue.at === 0}
            aria-keyshortcuts="ArrowUp"
          >
            ↑ Previous
          </button>
          <button
            type="button"
            onClick={actions.next}
            disabled={queue.at >= queue.items.length - 1}
            aria-keyshortcuts="ArrowDown"
          >
            ↓ Next
          </button>
        </div>
      </div>
    </dialog>
  );
}
