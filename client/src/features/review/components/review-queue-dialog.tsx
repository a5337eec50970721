import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { WriteTokenField } from '../../../components/write-token-field';
import { describeError, describeWriteError } from '../../../lib/api-error';
import { useWriteToken } from '../../../lib/write-token';
import { useAcceptStatement } from '../api/accept-statement';
import { useDropStatement } from '../api/drop-statement';
import { useReviewQueue } from '../api/get-review-queue';
import {
  afterDecision,
  indexOf,
  nearTheEnd,
  queueItems,
  remainingOf,
  START,
  step,
} from '../model/review-queue';
import { QueueItemView } from './queue-item-view';

export type ReviewQueueProps = {
  /** Opens a statement in the detail panel to correct it there. */
  onFix: (statementId: string) => void;
  onClose: () => void;
};

const DECISION_WORDS = { accepted: 'Accepted as reviewed', dropped: 'Dropped' } as const;
type Decision = keyof typeof DECISION_WORDS;

/**
 * The statements of the whole graph that most need a person's eyes, one at a time: accept (A),
 * fix (F) or drop (D), and step with the arrow keys. A decided statement leaves the queue, and
 * the next one takes its place.
 */
export function ReviewQueueDialog({ onFix, onClose }: ReviewQueueProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const shown = useRef<HTMLElement>(null);
  const queue = useReviewQueue();
  const [position, setPosition] = useState(START);
  const [lastDecision, setLastDecision] = useState<string | null>(null);
  const token = useWriteToken();
  const accept = useAcceptStatement();
  const drop = useDropStatement();

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const pages = queue.data?.pages ?? [];
  const items = queueItems(pages);
  const index = indexOf(items, position);
  const item = items[index];
  const left = remainingOf(pages);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = queue;
  const wantsMore = item !== undefined && nearTheEnd(items, position);
  useEffect(() => {
    if (wantsMore && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [wantsMore, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const busy = accept.isPending || drop.isPending;
  const canDecide = item !== undefined && !busy && token !== '';

  // Buttons go disabled while a decision is sent, which drops the focus: the keys would then
  // miss the dialog. The next statement takes the focus instead.
  const decided = (decision: Decision, label: string) => {
    setLastDecision(`${DECISION_WORDS[decision]}: ${label}`);
    requestAnimationFrame(() => shown.current?.focus());
  };
  const decide = (decision: Decision) => {
    if (!item || !canDecide) return;
    const label = item.statement.label;
    const onSuccess = () => decided(decision, label);
    setPosition(afterDecision(items, { id: item.statement.id, index }));
    if (decision === 'accepted')
      accept.mutate(
        { id: item.statement.id, speakerIds: item.speakers.map((p) => p.id) },
        { onSuccess },
      );
    else drop.mutate(item.statement.id, { onSuccess });
  };
  const actions = {
    accept: () => decide('accepted'),
    drop: () => decide('dropped'),
    fix: () => {
      if (!item) return;
      onFix(item.statement.id);
      onClose();
    },
    next: () => setPosition(step(items, position, 1)),
    previous: () => setPosition(step(items, position, -1)),
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

  const writeError = accept.error ?? drop.error;
  return (
    <dialog
      ref={dialog}
      className="side-dialog review-queue"
      aria-labelledby="review-queue-title"
      aria-busy={queue.isFetching}
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
          {queue.isPending
            ? 'Loading the statements that need review…'
            : queue.isError
              ? 'The queue could not be loaded.'
              : left === 0
                ? 'Nothing in the graph needs review.'
                : `${left} left to review in the graph · ${index + 1} of ${left}`}
        </p>
        {queue.isError && (
          <div className="write-error" role="alert">
            <p>{describeError(queue.error)}</p>
            <button type="button" onClick={() => void queue.refetch()}>
              Retry
            </button>
          </div>
        )}
        <p className="queue-decision" aria-live="polite">
          {lastDecision && `${lastDecision}.`}
        </p>
        {item && <QueueItemView item={item} ref={shown} />}
        {writeError && (
          <p className="write-error" role="alert">
            {describeWriteError(writeError)}
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
          <button type="button" disabled={!item} aria-keyshortcuts="F" onClick={actions.fix}>
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
            disabled={index === 0}
            aria-keyshortcuts="ArrowUp"
          >
            ↑ Previous
          </button>
          <button
            type="button"
            onClick={actions.next}
            disabled={index >= items.length - 1}
            aria-keyshortcuts="ArrowDown"
          >
            {isFetchingNextPage ? 'Loading more…' : '↓ Next'}
          </button>
        </div>
      </div>
    </dialog>
  );
}
