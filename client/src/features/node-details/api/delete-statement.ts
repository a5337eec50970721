import { removalResponseSchema, type RemovalResponse } from '@parley/graph-schema';
import { deleteJson, pathSegment } from '../../../lib/api-client';
import { useGraphWrite } from '../../../lib/use-graph-write';

/** Removes a statement for good: re-ingesting its article does not bring it back. */
export function deleteStatement(id: string, token: string): Promise<RemovalResponse> {
  return deleteJson(`/statements/${pathSegment(id)}`, removalResponseSchema, { token });
}

export const useDeleteStatement = (onDeleted: (result: RemovalResponse) => void) =>
  useGraphWrite(deleteStatement, onDeleted);
