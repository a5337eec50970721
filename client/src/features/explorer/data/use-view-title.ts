import { useExplorerData } from './explorer-data';

const MODE_TITLES = { thread: 'Statement thread', 'who-said-what': 'Who said what to whom' };

/** What the view is about, in a few words: the focused node's name, else the mode. */
export function useViewTitle(): string | null {
  const { state, graph } = useExplorerData();
  const focus = state.focusNodeId ? graph.index.nodes.get(state.focusNodeId) : undefined;
  if (focus) return focus.label;
  return state.mode === 'explore' ? null : MODE_TITLES[state.mode];
}
