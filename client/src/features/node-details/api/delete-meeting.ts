import { removalResponseSchema, type RemovalResponse } from '@parley/graph-schema';
import { deleteJson, pathSegment } from '../../../lib/api-client';
import { useGraphWrite } from '../../../lib/use-graph-write';

/** Removes a meeting (a MEETS_WITH edge) for good: re-ingesting its article does not bring it back. */
export function deleteMeeting(id: string, token: string): Promise<RemovalResponse> {
  return deleteJson(`/meetings/${pathSegment(id)}`, removalResponseSchema, { token });
}

export const useDeleteMeeting = () => useGraphWrite(deleteMeeting);
