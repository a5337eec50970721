import { editedNodeResponseSchema, type EditedNodeResponse } from '@parley/graph-schema';
import { patchJson, pathSegment } from '../../../lib/api-client';
import { useGraphWrite } from '../../../lib/use-graph-write';

export type Acceptance = { id: string; speakerIds: string[] };

/** A person vouches for a statement as extracted: the same speakers, now reviewed. */
export function acceptStatement(
  { id, speakerIds }: Acceptance,
  token: string,
): Promise<EditedNodeResponse> {
  return patchJson(`/statements/${pathSegment(id)}`, { speakerIds }, editedNodeResponseSchema, {
    token,
  });
}

export const useAcceptStatement = () => useGraphWrite(acceptStatement);
