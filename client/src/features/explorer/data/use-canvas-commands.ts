import { useMemo } from 'react';
import {
  addNode,
  addNodes,
  clearCanvas,
  closeThread,
  collapseNode,
  expandAlong,
  expandNode,
  expandNodes,
  focusNode,
  forgetNode,
  hideNode,
  hideNodes,
  openThread,
  revealNode,
  selectEdge,
  selectNode,
  selectPair,
  setLayout,
  setNodeColour,
  setNodeSize,
  setMode,
  showMoreOf,
  showOverview,
  unhideAll,
  updateFilters,
} from '../state/canvas-producers';
import type {
  NodeColouring,
  NodeSizing,
  RelType,
  ViewFilters,
  ViewLayout,
  ViewMode,
} from '@parley/graph-schema';
import { canvasActions } from '../state/canvas-store';
import { clearChosen } from '../state/node-selection-store';
import type { GraphIndex } from '../state/graph-index';
import { useExplorerData } from './explorer-data';

export type CanvasCommands = ReturnType<typeof makeCommands>;

function makeCommands(index: GraphIndex) {
  const { apply, adjust } = canvasActions;
  const isExpandedAlongAll = (id: string) =>
    canvasActions.current().expansions.some((e) => e.nodeId === id && !e.types);
  return {
    /** One node selected, and only that one: a plain click, an arrow key, Escape. */
    select: (id: string | null) => {
      clearChosen();
      adjust(selectNode(id));
    },
    selectEdge: (id: string) => adjust(selectEdge(id)),
    selectPair: (speakerId: string, addresseeId: string) =>
      adjust(selectPair(speakerId, addresseeId)),
    /** Search result: put it on the canvas, expand, select and centre it. */
    focus: (id: string) => apply(focusNode(id)),
    /** A link followed from the panel: on the canvas and selected, not expanded. */
    reveal: (id: string) => apply(revealNode(id)),
    add: (id: string) => apply(addNode(id)),
    addAll: (ids: readonly string[]) => apply(addNodes(ids)),
    /** Follows a link: within an open thread view it just moves the selection along the thread. */
    open: (id: string) => {
      const state = canvasActions.current();
      if (state.mode === 'thread' && index.threadNodeIds.includes(id)) adjust(selectNode(id));
      else apply(revealNode(id));
    },
    expand: (id: string) => apply(expandNode(id)),
    showMore: (id: string) => apply(showMoreOf(id)),
    /** Double-click: expand, or the next page when already expanded and cut short. */
    expandOrShowMore: (id: string) => {
      if (!isExpandedAlongAll(id)) apply(expandNode(id));
      else if (index.truncatedExpansions.has(id)) apply(showMoreOf(id));
    },
    /** The context menu's "Expand by": along one relationship type. */
    expandAlong: (id: string, type: RelType) => apply(expandAlong(id, type)),
    expandAll: (ids: readonly string[]) => apply(expandNodes(ids)),
    collapse: (id: string) => apply(collapseNode(id, index)),
    hide: (id: string) => apply(hideNode(id, index)),
    hideAll: (ids: readonly string[]) => {
      clearChosen();
      apply(hideNodes(ids, index));
    },
    unhideAll: () => apply(unhideAll),
    /** A node removed from the graph, or merged into another, leaves the canvas. */
    forget: (id: string) => apply(forgetNode(id)),
    openThread: (statementId: string) => apply(openThread(statementId)),
    closeThread: () => apply(closeThread),
    setMode: (mode: ViewMode) => apply(setMode(mode)),
    setLayout: (layout: ViewLayout) => apply(setLayout(layout)),
    setNodeSize: (sizing: NodeSizing) => apply(setNodeSize(sizing)),
    setNodeColour: (colouring: NodeColouring) => apply(setNodeColour(colouring)),
    updateFilters: (change: Partial<ViewFilters>) => apply(updateFilters(change)),
    /** A passing change of filters (a frame of the timeline's play-through): no undo step. */
    previewFilters: (change: Partial<ViewFilters>) => adjust(updateFilters(change)),
    clear: () => apply(clearCanvas),
    showOverview: () => apply(showOverview),
    undo: canvasActions.undo,
    redo: canvasActions.redo,
  };
}

/** Every canvas change a user can make, bound to the data the canvas currently has. */
export function useCanvasCommands(): CanvasCommands {
  const { graph } = useExplorerData();
  return useMemo(() => makeCommands(graph.index), [graph.index]);
}
