import { revertResponseSchema, type RevertResponse } from '@parley/graph-schema';
import { pathSegment, postJson } from '../../../lib/api-client';
import { useGraphWrite } from '../../../lib/use-graph-write';

/** Undoes one correction; 409 while later edits depend on it. */
export function revertEdit(id: string, token: string): Promise<RevertResponse> {
  return postJson(`/edits/${pathSegment(id)}/revert`, {}, revertResponseSchema, { token });
}

export const useRevertEdit = () => useGraphWrite(revertEdit);
