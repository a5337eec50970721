import { z } from 'zod';
import { FACT_SOURCES, NODE_KINDS, REL_TYPES } from './model';
import { upgradeFromV1 } from './view-state-upgrade';

/**
 * What a shared link or a saved view reopens: the explorer's canvas state as plain ids and
 * flags, plus where the camera was and which nodes were placed by hand. Versioned: every load
 * goes through `restoreViewState`, which validates field by field, fills defaults and upgrades
 * older versions, so a partly bad link still opens the rest of the view.
 */
export const VIEW_STATE_VERSION = 2;

export const VIEW_MODES = ['explore', 'thread', 'who-said-what'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export const VIEW_LAYOUTS = ['fcose', 'concentric', 'dagre'] as const;
export type ViewLayout = (typeof VIEW_LAYOUTS)[number];

/** What a node's size stands for: nothing (its kind), its degree, or statements made and received. */
export const NODE_SIZINGS = ['kind', 'degree', 'statements'] as const;
export type NodeSizing = (typeof NODE_SIZINGS)[number];

/** What a node's colour stands for: its kind, or the language of what was said. */
export const NODE_COLOURINGS = ['kind', 'language'] as const;
export type NodeColouring = (typeof NODE_COLOURINGS)[number];

export const VIEW_LIMITS = {
  nodeIds: 2_000,
  idChars: 300,
  edgeIdChars: 700,
  expansionPages: 100,
  /** A saved view's serialised state, in bytes. */
  savedBytes: 256 * 1024,
  /** Longer share links are saved on the server and shared as /v/<id>. */
  urlChars: 1_500,
} as const;

/** A pattern rather than a refinement, so the OpenAPI document carries the rule too. */
const NODE_ID_PREFIX = new RegExp(`^(?:${NODE_KINDS.join('|')}):`);

/** A string that names a node: its kind is readable from the prefix, so lookups use one index. */
export const viewNodeIdSchema = z
  .string()
  .min(1)
  .max(VIEW_LIMITS.idChars)
  .regex(NODE_ID_PREFIX, 'is not a node id');
const nodeIds = z.array(viewNodeIdSchema).max(VIEW_LIMITS.nodeIds);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a YYYY-MM-DD date');

/** Filters list what is left out, so values first seen later are shown by default. */
export const viewFiltersSchema = z.object({
  hiddenKinds: z.array(z.enum(NODE_KINDS)),
  hiddenRelTypes: z.array(z.enum(REL_TYPES)),
  hiddenLangs: z.array(z.string().regex(/^[a-z]{2,3}$/, 'is not a language code')).max(50),
  hiddenArticleIds: nodeIds,
  /** Curated or extracted facts left out; absent in views saved before provenance existed. */
  hiddenSources: z.array(z.enum(FACT_SOURCES)).default([]),
  /** Inclusive; facts without a date are not in any range: `hideUndated` decides on them. */
  dateFrom: isoDate.nullable(),
  dateTo: isoDate.nullable(),
  /** Statements and meetings without a date left out; absent in older views (shown). */
  hideUndated: z.boolean().default(false),
  /** Only statements that need review (see `needsReview`); absent in older views (all shown). */
  needsReviewOnly: z.boolean().default(false),
});
export type ViewFilters = z.infer<typeof viewFiltersSchema>;

/** A node's neighbourhood on the canvas, loaded page by page ("show more"). */
export const expansionSchema = z.object({
  nodeId: viewNodeIdSchema,
  pages: z.number().int().min(1).max(VIEW_LIMITS.expansionPages),
  /** Only along these relationship types (the context menu's "Expand by"); absent means all. */
  types: z.array(z.enum(REL_TYPES)).min(1).max(REL_TYPES.length).optional(),
});
export type Expansion = z.infer<typeof expansionSchema>;

export const viewSelectionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('node'), id: viewNodeIdSchema }),
  z.object({ type: z.literal('edge'), id: z.string().min(1).max(VIEW_LIMITS.edgeIdChars) }),
  z.object({ type: z.literal('pair'), speakerId: viewNodeIdSchema, addresseeId: viewNodeIdSchema }),
]);
export type ViewSelection = z.infer<typeof viewSelectionSchema>;

const coordinate = z.number().min(-1e7).max(1e7);
export const positionSchema = z.object({ x: coordinate, y: coordinate });
export type Position = z.infer<typeof positionSchema>;

/**
 * The camera as the model point at the centre of the canvas and the zoom, so a window of
 * another size shows the same place. With an anchor (the selected or focused node), the centre
 * is relative to that node: a layout that places nodes a little differently still puts what the
 * reader was looking at where it was.
 */
export const viewportSchema = z.object({
  zoom: z.number().min(0.01).max(100),
  x: coordinate,
  y: coordinate,
  anchorId: viewNodeIdSchema.nullable(),
});
export type Viewport = z.infer<typeof viewportSchema>;

/**
 * Where every drawn node was, as x,y pairs in the order of the sorted node ids, so a link can
 * carry a whole picture without repeating the ids. `of` is `arrangementKey` of those ids: when
 * the canvas holds other nodes (the graph changed), the arrangement is not applied.
 */
export const arrangementSchema = z.object({
  of: z.string().regex(/^[0-9a-z]{1,16}$/, 'is not an arrangement key'),
  xy: z.array(coordinate).max(2 * VIEW_LIMITS.nodeIds),
});
export type Arrangement = z.infer<typeof arrangementSchema>;

/** FNV-1a over the sorted ids: short, stable, and different when the set differs. */
export function arrangementKey(sortedIds: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const char of sortedIds.join('\n')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${sortedIds.length.toString(36)}${hash.toString(36)}`;
}

export const viewStateSchema = z.object({
  v: z.literal(VIEW_STATE_VERSION),
  /** The first view from /api/graph is on the canvas. */
  showOverview: z.boolean(),
  /** Nodes placed one by one: a search result, a link followed from a panel. */
  addedNodeIds: nodeIds,
  expansions: z.array(expansionSchema).max(VIEW_LIMITS.nodeIds),
  hiddenNodeIds: nodeIds,
  selection: viewSelectionSchema.nullable(),
  /** The node the camera centres on and the concentric layout circles around. */
  focusNodeId: viewNodeIdSchema.nullable(),
  mode: z.enum(VIEW_MODES),
  /** The statement whose RESPONDS_TO thread is shown (thread mode) or highlighted (explore). */
  threadStatementId: viewNodeIdSchema.nullable(),
  filters: viewFiltersSchema,
  /** The layout of explore mode; thread mode always uses dagre. */
  layout: z.enum(VIEW_LAYOUTS),
  /** Chosen in the legend; absent in views saved before (sized and coloured by kind). */
  nodeSize: z.enum(NODE_SIZINGS).default('kind'),
  nodeColour: z.enum(NODE_COLOURINGS).default('kind'),
  viewport: viewportSchema.nullable(),
  arrangement: arrangementSchema.nullable(),
  /** Nodes the reader dragged; the layout places the others around them. */
  positions: z
    .record(viewNodeIdSchema, positionSchema)
    .refine((p) => Object.keys(p).length <= VIEW_LIMITS.nodeIds, 'has too many positions'),
});
export type ViewState = z.infer<typeof viewStateSchema>;

export function getEmptyViewFilters(): ViewFilters {
  return {
    hiddenKinds: [],
    hiddenRelTypes: [],
    hiddenLangs: [],
    hiddenArticleIds: [],
    hiddenSources: [],
    dateFrom: null,
    dateTo: null,
    hideUndated: false,
    needsReviewOnly: false,
  };
}

export function getEmptyViewState(): ViewState {
  return {
    v: VIEW_STATE_VERSION,
    showOverview: true,
    addedNodeIds: [],
    expansions: [],
    hiddenNodeIds: [],
    selection: null,
    focusNodeId: null,
    mode: 'explore',
    threadStatementId: null,
    filters: getEmptyViewFilters(),
    layout: 'fcose',
    nodeSize: 'kind',
    nodeColour: 'kind',
    viewport: null,
    arrangement: null,
    positions: {},
  };
}

export type RestoredViewState = { state: ViewState; problems: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps the valid items of a list and names the field when some were dropped. */
function restoreList<T>(
  key: string,
  value: unknown,
  item: z.ZodType<T>,
  fallback: T[],
  problems: string[],
): T[] {
  if (!Array.isArray(value)) {
    problems.push(`${key} was invalid and was reset`);
    return fallback;
  }
  const kept = value.flatMap((v) => {
    const parsed = item.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
  if (kept.length < value.length)
    problems.push(`${key}: ${value.length - kept.length} invalid entries were dropped`);
  return kept.slice(0, VIEW_LIMITS.nodeIds);
}

function restoreField<T>(
  key: string,
  value: unknown,
  schema: z.ZodType<T>,
  fallback: T,
  problems: string[],
): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push(`${key} was invalid and was reset`);
  return fallback;
}

type Shape = Record<string, z.ZodType>;

/** Restores each field of an object on its own: lists item by item, other fields whole. */
function restoreObject<T extends Record<string, unknown>>(
  prefix: string,
  raw: Record<string, unknown>,
  shape: Shape,
  defaults: T,
  problems: string[],
): T {
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, schema] of Object.entries(shape)) {
    if (!(key in raw) || raw[key] === undefined) continue;
    const name = `${prefix}${key}`;
    const fallback = defaults[key];
    out[key] =
      schema instanceof z.ZodArray
        ? restoreList(name, raw[key], schema.element as z.ZodType, fallback as unknown[], problems)
        : restoreField(name, raw[key], schema, fallback, problems);
  }
  return out as T;
}

/**
 * Any stored or shared state, of any version, back to a valid current one. What is valid is
 * kept, what is not gets its default and is named in `problems`; it never throws.
 */
export function restoreViewState(input: unknown): RestoredViewState {
  if (!isRecord(input))
    return { state: getEmptyViewState(), problems: ['the view could not be read'] };
  const problems: string[] = [];
  let raw = input;
  if (raw.v === 1) raw = upgradeFromV1(raw, problems);
  else if (raw.v !== VIEW_STATE_VERSION)
    problems.push(`unknown view version ${String(raw.v)}; read as version ${VIEW_STATE_VERSION}`);

  const { filters: filtersSchema, v: _v, ...fields } = viewStateSchema.shape;
  const empty = getEmptyViewState();
  const state = restoreObject('', raw, fields, empty, problems) as ViewState;
  state.v = VIEW_STATE_VERSION;
  state.filters = isRecord(raw.filters)
    ? restoreObject('filters.', raw.filters, filtersSchema.shape, empty.filters, problems)
    : restoreField('filters', raw.filters ?? empty.filters, filtersSchema, empty.filters, problems);

  if (state.mode === 'thread' && state.threadStatementId === null) {
    state.mode = 'explore';
    problems.push('thread mode without a statement was opened as the graph');
  }
  return { state, problems };
}

/** Every node id the view names, so a store can report those the graph no longer holds. */
export function nodeIdsOfViewState(state: ViewState): string[] {
  const { selection } = state;
  const ids = [
    ...state.addedNodeIds,
    ...state.expansions.map((e) => e.nodeId),
    state.focusNodeId,
    state.threadStatementId,
    selection?.type === 'node' ? selection.id : null,
    ...(selection?.type === 'pair' ? [selection.speakerId, selection.addresseeId] : []),
    ...Object.keys(state.positions),
  ];
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

export const savedViewIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'is not a view id');

export const saveViewRequestSchema = z.object({ state: viewStateSchema });
export type SaveViewRequest = z.infer<typeof saveViewRequestSchema>;

export const savedViewSchema = z.object({
  id: z.string(),
  state: viewStateSchema,
  createdAt: z.string(),
  /** Node ids the view names that the graph no longer holds. */
  missingNodeIds: z.array(z.string()),
});
export type SavedView = z.infer<typeof savedViewSchema>;
