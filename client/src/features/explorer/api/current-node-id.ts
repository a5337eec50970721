import { nodeResponseSchema } from '@parley/graph-schema';
import { getJson, pathSegment } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';

/**
 * The id a node answers under now: a merged party's old id answers with the party it went
 * into. Null when the graph no longer holds it.
 */
export async function currentNodeId(id: string): Promise<string | null> {
  try {
    const { node } = await getJson(`/nodes/${pathSegment(id)}`, nodeResponseSchema);
    return node.id;
  } catch (error) {
    if (isApiError(error) && error.code === 'not_found') return null;
    throw error;
  }
}
