import { removalResponseSchema, type RemovalResponse } from '@parley/graph-schema';
import { deleteJson, pathSegment } from '../../../lib/api-client';
import { useGraphWrite } from '../../../lib/use-graph-write';

/** A wrong statement removed for good (the edit history can bring it back). */
export function dropStatement(id: string, token: string): Promise<RemovalResponse> {
  return deleteJson(`/statements/${pathSegment(id)}`, removalResponseSchema, { token });
}

export const useDropStatement = () => useGraphWrite(dropStatement);
