import { NODE_KINDS, REL_TYPES, type NodeKind, type RelType } from '@parley/graph-schema';
import { z } from 'zod';

/**
 * Everything that decides what the canvas shows, as plain ids and flags: no positions, no
 * fetched data. It is versioned and restored through `restoreCanvasState`, so a URL or a saved
 * view written by an older client still opens.
 */
export const CANVAS_STATE_VERSION = 1;

export const CANVAS_MODES = ['explore', 'thread', 'who-said-what'] as const;
export type CanvasMode = (typeof CANVAS_MODES)[number];

export const LAYOUT_NAMES = ['fcose', 'concentric', 'dagre'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** A node's neighbourhood on the canvas, loaded page by page ("show more"). */
export type Expansion = { nodeId: string; pages: number };

export type Selection =
  | { type: 'node'; id: string }
  | { type: 'edge'; id: string }
  | { type: 'pair'; speakerId: string; addresseeId: string };

/** Filters list what is left out, so values first seen later are shown by default. */
export type CanvasFilters = {
  hiddenKinds: NodeKind[];
  hiddenRelTypes: RelType[];
  hiddenLangs: string[];
  hiddenArticleIds: string[];
  /** Inclusive ISO dates; facts without a date are never filtered out by them. */
  dateFrom: string | null;
  dateTo: string | null;
};

export type CanvasState = {
  version: typeof CANVAS_STATE_VERSION;
  /** The first view from /api/graph is on the canvas. */
  showOverview: boolean;
  /** Nodes placed one by one: a search result, a link followed from the panel. */
  addedNodeIds: string[];
  expansions: Expansion[];
  hiddenNodeIds: string[];
  selection: Selection | null;
  /** The node the camera centres on and the concentric layout circles around. */
  focusNodeId: string | null;
  mode: CanvasMode;
  /** The statement whose RESPONDS_TO thread is shown (thread mode) or highlighted (explore). */
  threadStatementId: string | null;
  filters: CanvasFilters;
  /** The layout of explore mode; thread mode always uses dagre. */
  layout: LayoutName;
};

export function getEmptyFilters(): CanvasFilters {
  return {
    hiddenKinds: [],
    hiddenRelTypes: [],
    hiddenLangs: [],
    hiddenArticleIds: [],
    dateFrom: null,
    dateTo: null,
  };
}

export function getEmptyCanvasState(): CanvasState {
  return {
    version: CANVAS_STATE_VERSION,
    showOverview: true,
    addedNodeIds: [],
    expansions: [],
    hiddenNodeIds: [],
    selection: null,
    focusNodeId: null,
    mode: 'explore',
    threadStatementId: null,
    filters: getEmptyFilters(),
    layout: 'fcose',
  };
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const ids = z.array(z.string().min(1)).catch([]);

const filtersSchema = z.object({
  hiddenKinds: z.array(z.enum(NODE_KINDS)).catch([]),
  hiddenRelTypes: z.array(z.enum(REL_TYPES)).catch([]),
  hiddenLangs: ids,
  hiddenArticleIds: ids,
  dateFrom: isoDate.nullable().catch(null),
  dateTo: isoDate.nullable().catch(null),
});

const selectionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('node'), id: z.string().min(1) }),
  z.object({ type: z.literal('edge'), id: z.string().min(1) }),
  z.object({
    type: z.literal('pair'),
    speakerId: z.string().min(1),
    addresseeId: z.string().min(1),
  }),
]);

/** Each field falls back to its default on its own, so one bad field does not lose the rest. */
export const canvasStateSchema = z.object({
  version: z.literal(CANVAS_STATE_VERSION),
  showOverview: z.boolean().catch(true),
  addedNodeIds: ids,
  expansions: z
    .array(z.object({ nodeId: z.string().min(1), pages: z.number().int().min(1).max(100) }))
    .catch([]),
  hiddenNodeIds: ids,
  selection: selectionSchema.nullable().catch(null),
  focusNodeId: z.string().min(1).nullable().catch(null),
  mode: z.enum(CANVAS_MODES).catch('explore'),
  threadStatementId: z.string().min(1).nullable().catch(null),
  filters: filtersSchema.catch(getEmptyFilters()),
  layout: z.enum(LAYOUT_NAMES).catch('fcose'),
});

/** Any stored or shared state back to a valid one: missing fields get defaults, junk gets the empty state. */
export function restoreCanvasState(raw: unknown): CanvasState {
  const base = getEmptyCanvasState();
  if (typeof raw !== 'object' || raw === null) return base;
  const parsed = canvasStateSchema.safeParse({ ...base, ...raw, version: CANVAS_STATE_VERSION });
  if (!parsed.success) return base;
  const state = parsed.data;
  if (state.mode === 'thread' && state.threadStatementId === null)
    return { ...state, mode: 'explore' };
  return state;
}

/** The layout the canvas actually runs: threads read top to bottom whatever was chosen. */
export function effectiveLayout(state: Pick<CanvasState, 'mode' | 'layout'>): LayoutName {
  if (state.mode === 'thread') return 'dagre';
  if (state.mode === 'who-said-what' && state.layout === 'dagre') return 'fcose';
  return state.layout;
}
