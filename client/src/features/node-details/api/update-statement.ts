import {
  editedNodeResponseSchema,
  type EditedNodeResponse,
  type StatementPatch,
} from '@parley/graph-schema';
import { patchJson, pathSegment } from '../../../lib/api-client';
import { useGraphWrite } from '../../../lib/use-graph-write';

export type StatementChange = { id: string; patch: StatementPatch };

/** Corrects a statement's speakers, addressees, replies, kind of speech or date; it becomes reviewed. */
export function updateStatement(
  { id, patch }: StatementChange,
  token: string,
): Promise<EditedNodeResponse> {
  return patchJson(`/statements/${pathSegment(id)}`, patch, editedNodeResponseSchema, { token });
}

export const useUpdateStatement = () => useGraphWrite(updateStatement);
