import type { Edit } from '@parley/graph-schema';
import { describeWriteError, isApiError } from '../../../lib/api-error';
import { canRevert, shownTarget, summariseEdit } from '../model/edit-summary';

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function describeRevertError(error: Error): string {
  if (isApiError(error) && error.code === 'conflict')
    return `Cannot revert this yet. ${error.message}`;
  return describeWriteError(error);
}

type Props = {
  edit: Edit;
  /** Reverting needs the write token. */
  canWrite: boolean;
  reverting: boolean;
  /** How the last revert of this edit failed, if it did. */
  error: Error | null;
  onRevert: (id: string) => void;
  onShow: (nodeId: string) => void;
};

/** One correction of the log: what, when, by whom; show what it touched, or revert it. */
export function EditItem({ edit, canWrite, reverting, error, onRevert, onShow }: Props) {
  const { title, detail } = summariseEdit(edit);
  const target = shownTarget(edit);
  return (
    <li className={`edit-item${edit.revertedBy ? ' edit-reverted' : ''}`}>
      <div className="edit-head">
        <strong>{title}</strong>
        <time dateTime={edit.at}>{WHEN.format(new Date(edit.at))}</time>
      </div>
      {detail && <p className="edit-detail">{detail}</p>}
      <p className="edit-meta muted">
        {edit.id}
        {edit.editor && ` · by ${edit.editor}`}
        {edit.revertedBy && ` · reverted by ${edit.revertedBy}`}
      </p>
      <div className="edit-actions">
        {target && (
          <button type="button" onClick={() => onShow(target)}>
            Show
          </button>
        )}
        {canRevert(edit) && (
          <button
            type="button"
            disabled={!canWrite || reverting}
            onClick={() => onRevert(edit.id)}
            aria-label={`Revert ${edit.id}: ${title}`}
          >
            {reverting ? 'Reverting…' : 'Revert'}
          </button>
        )}
      </div>
      {error && (
        <p className="write-error" role="alert">
          {describeRevertError(error)}
        </p>
      )}
    </li>
  );
}
