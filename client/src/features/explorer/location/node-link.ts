import { getEmptyViewState, viewStatePath, type ViewState } from '@parley/graph-schema';

/** A link that opens this one node, selected and centred: "Copy link to this node". */
export function nodeLink(id: string, origin: string): string {
  const state: ViewState = {
    ...getEmptyViewState(),
    showOverview: false,
    addedNodeIds: [id],
    selection: { type: 'node', id },
    focusNodeId: id,
  };
  return `${origin}${viewStatePath(state)}`;
}
