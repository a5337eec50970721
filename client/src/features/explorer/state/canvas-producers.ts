import type {
  NodeColouring,
  NodeSizing,
  RelType,
  ViewFilters,
  ViewLayout,
  ViewMode,
  ViewSelection,
} from '@parley/graph-schema';
import { getEmptyCanvasState, type CanvasState } from './canvas-state';
import type { GraphIndex } from './graph-index';
import { computeVisibleNodeIds, pruneExpansions } from './visible-graph';

/** Pure updates of the canvas state: `(args) => (state) => state`, returning `state` when nothing changes. */
export type CanvasProducer = (state: CanvasState) => CanvasState;

const without = (list: readonly string[], id: string) => list.filter((x) => x !== id);
const withId = (list: readonly string[], id: string) =>
  list.includes(id) ? [...list] : [...list, id];

export const pipe =
  (...producers: CanvasProducer[]): CanvasProducer =>
  (state) =>
    producers.reduce((acc, producer) => producer(acc), state);

export const selectNode =
  (id: string | null): CanvasProducer =>
  (state) => {
    const current = state.selection;
    if (id === null) return current === null ? state : { ...state, selection: null };
    if (current?.type === 'node' && current.id === id) return state;
    return { ...state, selection: { type: 'node', id } };
  };

export const selectEdge =
  (id: string): CanvasProducer =>
  (state) => {
    const current = state.selection;
    if (current?.type === 'edge' && current.id === id) return state;
    return { ...state, selection: { type: 'edge', id } };
  };

export const selectPair =
  (speakerId: string, addresseeId: string): CanvasProducer =>
  (state) => {
    const selection: ViewSelection = { type: 'pair', speakerId, addresseeId };
    return { ...state, selection };
  };

/** Puts one node on the canvas (and takes it out of the hidden ones). */
export const addNode =
  (id: string): CanvasProducer =>
  (state) => {
    if (state.addedNodeIds.includes(id) && !state.hiddenNodeIds.includes(id)) return state;
    return {
      ...state,
      addedNodeIds: withId(state.addedNodeIds, id),
      hiddenNodeIds: without(state.hiddenNodeIds, id),
    };
  };

/** Puts several nodes on the canvas in one step (a path between two parties). */
export const addNodes = (ids: readonly string[]): CanvasProducer => pipe(...ids.map(addNode));

/** Expands along every relationship type, widening an expansion that followed only some. */
export const expandNode =
  (id: string): CanvasProducer =>
  (state) => {
    const current = state.expansions.find((e) => e.nodeId === id);
    if (!current) return { ...state, expansions: [...state.expansions, { nodeId: id, pages: 1 }] };
    if (!current.types) return state;
    return {
      ...state,
      expansions: state.expansions.map((e) => (e === current ? { nodeId: id, pages: e.pages } : e)),
    };
  };

/** "Expand by" one relationship type; an expansion along every type already holds it. */
export const expandAlong =
  (id: string, type: RelType): CanvasProducer =>
  (state) => {
    const current = state.expansions.find((e) => e.nodeId === id);
    if (!current) {
      const expansion = { nodeId: id, pages: 1, types: [type] };
      return { ...state, expansions: [...state.expansions, expansion] };
    }
    const { types } = current;
    if (!types || types.includes(type)) return state;
    return {
      ...state,
      expansions: state.expansions.map((e) =>
        e === current ? { ...e, types: [...types, type] } : e,
      ),
    };
  };

/** The selection bar's "Expand": each node along every type, in one undo step. */
export const expandNodes = (ids: readonly string[]): CanvasProducer => pipe(...ids.map(expandNode));

/** The next page of an expanded node's neighbourhood. */
export const showMoreOf =
  (id: string): CanvasProducer =>
  (state) => {
    if (!state.expansions.some((e) => e.nodeId === id)) return expandNode(id)(state);
    return {
      ...state,
      expansions: state.expansions.map((e) => (e.nodeId === id ? { ...e, pages: e.pages + 1 } : e)),
    };
  };

export const setFocus =
  (id: string | null): CanvasProducer =>
  (state) =>
    state.focusNodeId === id ? state : { ...state, focusNodeId: id };

/** A search result or followed link: on the canvas, expanded, selected, centred; back to explore mode. */
export const focusNode = (id: string): CanvasProducer =>
  pipe(setMode('explore'), addNode(id), expandNode(id), selectNode(id), setFocus(id));

/** Shows a node that may not be on the canvas yet, without expanding it. */
export const revealNode = (id: string): CanvasProducer =>
  pipe(setMode('explore'), addNode(id), selectNode(id), setFocus(id));

/** Removes what expanding `id` brought, and what expanding those brought in turn. */
export const collapseNode =
  (id: string, index: GraphIndex): CanvasProducer =>
  (state) => {
    if (!state.expansions.some((e) => e.nodeId === id)) return state;
    const collapsed = { ...state, expansions: state.expansions.filter((e) => e.nodeId !== id) };
    return clearLostSelection(pruneExpansions(collapsed, index), index);
  };

export const hideNode =
  (id: string, index: GraphIndex): CanvasProducer =>
  (state) => {
    if (state.hiddenNodeIds.includes(id)) return state;
    const hidden = {
      ...state,
      hiddenNodeIds: [...state.hiddenNodeIds, id],
      focusNodeId: state.focusNodeId === id ? null : state.focusNodeId,
    };
    return clearLostSelection(pruneExpansions(hidden, index), index);
  };

/** The selection bar's "Hide": every node of the selection, in one undo step. */
export const hideNodes = (ids: readonly string[], index: GraphIndex): CanvasProducer =>
  pipe(...ids.map((id) => hideNode(id, index)));

/**
 * A node removed from the graph leaves the canvas with what it brought (its expansion), but
 * stays selected: the detail panel says what the removal took with it.
 */
export const forgetNode =
  (id: string): CanvasProducer =>
  (state) => {
    const named =
      state.addedNodeIds.includes(id) ||
      state.hiddenNodeIds.includes(id) ||
      state.expansions.some((e) => e.nodeId === id) ||
      state.focusNodeId === id ||
      state.threadStatementId === id;
    if (!named) return state;
    const threadGone = state.threadStatementId === id;
    return {
      ...state,
      addedNodeIds: without(state.addedNodeIds, id),
      hiddenNodeIds: without(state.hiddenNodeIds, id),
      expansions: state.expansions.filter((e) => e.nodeId !== id),
      focusNodeId: state.focusNodeId === id ? null : state.focusNodeId,
      threadStatementId: threadGone ? null : state.threadStatementId,
      mode: threadGone && state.mode === 'thread' ? 'explore' : state.mode,
    };
  };

export const unhideAll: CanvasProducer = (state) =>
  state.hiddenNodeIds.length === 0 ? state : { ...state, hiddenNodeIds: [] };

/** A selected node that left the canvas is no longer selected. */
function clearLostSelection(state: CanvasState, index: GraphIndex): CanvasState {
  if (state.selection?.type !== 'node') return state;
  const { ids } = computeVisibleNodeIds(state, index);
  return ids.has(state.selection.id) ? state : { ...state, selection: null };
}

export function setMode(mode: ViewMode): CanvasProducer {
  return (state) => {
    if (state.mode === mode) return state;
    if (mode === 'thread' && state.threadStatementId === null) return state;
    const selection = state.selection?.type === 'node' ? state.selection : null;
    return { ...state, mode, selection };
  };
}

/** The thread through a statement, laid out on its own; it stays highlighted back in explore mode. */
export const openThread =
  (statementId: string): CanvasProducer =>
  (state) => ({
    ...state,
    mode: 'thread',
    threadStatementId: statementId,
    selection: { type: 'node', id: statementId },
    focusNodeId: statementId,
  });

export const closeThread: CanvasProducer = (state) =>
  state.threadStatementId === null && state.mode !== 'thread'
    ? state
    : { ...state, mode: 'explore', threadStatementId: null };

export const setNodeSize =
  (nodeSize: NodeSizing): CanvasProducer =>
  (state) =>
    state.nodeSize === nodeSize ? state : { ...state, nodeSize };

export const setNodeColour =
  (nodeColour: NodeColouring): CanvasProducer =>
  (state) =>
    state.nodeColour === nodeColour ? state : { ...state, nodeColour };

export const setLayout =
  (layout: ViewLayout): CanvasProducer =>
  (state) => {
    if (state.layout === layout && state.mode === 'explore') return state;
    return { ...state, layout, mode: state.mode === 'thread' ? 'explore' : state.mode };
  };

export const updateFilters =
  (change: Partial<ViewFilters>): CanvasProducer =>
  (state) => ({ ...state, filters: { ...state.filters, ...change } });

/** Adds `value` to a "hidden" list when `shown` is false, removes it when true. */
export function toggledList<T>(list: readonly T[], value: T, shown: boolean): T[] {
  const rest = list.filter((x) => x !== value);
  return shown ? rest : [...rest, value];
}

/** Empties the canvas but keeps filters and layout: a fresh start from a search. */
export const clearCanvas: CanvasProducer = (state) => ({
  ...getEmptyCanvasState(),
  showOverview: false,
  filters: state.filters,
  layout: state.layout,
});

export const showOverview: CanvasProducer = (state) =>
  state.showOverview ? state : { ...state, showOverview: true };
