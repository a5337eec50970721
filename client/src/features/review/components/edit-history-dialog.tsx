import { useEffect, useRef } from 'react';
import { WriteTokenField } from '../../../components/write-token-field';
import { describeError } from '../../../lib/api-error';
import { useWriteToken } from '../../../lib/write-token';
import { useEdits } from '../api/list-edits';
import { useRevertEdit } from '../api/revert-edit';
import { EditItem } from './edit-item';

type Props = {
  onClose: () => void;
  /** Shows a node an edit touched on the canvas. */
  onShow: (nodeId: string) => void;
};

/** Every correction, newest first; each can be reverted unless later edits depend on it. */
export function EditHistoryDialog({ onClose, onShow }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const edits = useEdits();
  const revert = useRevertEdit();
  const token = useWriteToken();

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const list = edits.data?.pages.flatMap((page) => page.edits) ?? [];
  return (
    <dialog
      ref={dialog}
      className="side-dialog edit-history"
      aria-labelledby="edit-history-title"
      onClose={onClose}
    >
      <header className="dialog-header">
        <h2 id="edit-history-title" ref={heading} tabIndex={-1}>
          Edit history
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">
        {!token && <WriteTokenField label="Reverting needs the server’s write token" />}
        {edits.isPending && (
          <p role="status">
            <span className="spinner" aria-hidden="true" /> Loading the history…
          </p>
        )}
        {edits.isError && (
          <div role="alert">
            <p>{describeError(edits.error)}</p>
            <button type="button" onClick={() => void edits.refetch()}>
              Retry
            </button>
          </div>
        )}
        {edits.isSuccess && list.length === 0 && (
          <p className="muted">
            No corrections yet. Corrections made from the details appear here.
          </p>
        )}
        <ol className="edit-list" aria-label="Edits, newest first">
          {list.map((edit) => (
            <EditItem
              key={edit.id}
              edit={edit}
              canWrite={token !== ''}
              reverting={revert.isPending && revert.variables === edit.id}
              error={revert.variables === edit.id ? revert.error : null}
              onRevert={(id) =>
                // The Revert button goes with the edit it undid: the focus stays in the panel.
                revert.mutate(id, { onSuccess: () => heading.current?.focus() })
              }
              onShow={(id) => {
                onShow(id);
                onClose();
              }}
            />
          ))}
        </ol>
        {edits.hasNextPage && (
          <button
            type="button"
            disabled={edits.isFetchingNextPage}
            onClick={() => void edits.fetchNextPage()}
          >
            {edits.isFetchingNextPage ? 'Loading…' : 'Show older edits'}
          </button>
        )}
      </div>
    </dialog>
  );
}
