import { useWriteToken } from '../../../../lib/write-token';
import { useDeleteMeeting } from '../../api/delete-meeting';
import { ConfirmButton } from './confirm-button';
import { WriteStatus } from './write-status';

/** A meeting that did not happen, removed from a party's list; offered with the write token only. */
export function MeetingRemoval({ meetingId, withWhom }: { meetingId: string; withWhom: string }) {
  const token = useWriteToken();
  const remove = useDeleteMeeting();
  if (!token) return null;
  return (
    <div className="meeting-removal">
      <ConfirmButton
        label="Delete this meeting"
        question={`Delete this meeting with ${withWhom} for good? Re-ingesting its article will not bring it back.`}
        confirmLabel="Delete"
        pending={remove.isPending}
        onConfirm={() => remove.mutate(meetingId)}
      />
      <WriteStatus isSuccess={false} error={remove.error} done="" />
    </div>
  );
}
