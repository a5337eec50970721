import { savedViewSchema, type SavedView, type ViewState } from '@parley/graph-schema';
import { postJson } from '../../../lib/api-client';

/** Saved views are immutable: every call makes a new one with a new id. */
export function saveView(state: ViewState): Promise<SavedView> {
  return postJson('/views', { state }, savedViewSchema);
}
