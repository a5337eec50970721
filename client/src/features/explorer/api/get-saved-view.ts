import { savedViewSchema, type SavedView } from '@parley/graph-schema';
import { getJson, pathSegment } from '../../../lib/api-client';

export function getSavedView(id: string, signal?: AbortSignal): Promise<SavedView> {
  return getJson(`/views/${pathSegment(id)}`, savedViewSchema, { signal });
}
