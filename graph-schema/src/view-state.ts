import { z } from 'zod';
import { NODE_KINDS, REL_TYPES } from './model';

/**
 * What a shared link reopens. Versioned: every load goes through `restoreViewState`, which
 * validates, fills defaults and upgrades older versions, and never fails on a partly bad link.
 */
export const VIEW_STATE_VERSION = 1;

export const VIEW_MODES = ['graph', 'thread', 'who-said-what'] as const;
export const VIEW_LAYOUTS = ['fcose', 'dagre', 'concentric'] as const;

export const VIEW_LIMITS = {
  nodeIds: 2_000,
  /** A saved view's serialised state, in bytes. */
  savedBytes: 256 * 1024,
  /** Longer URL states are saved on the server and shared as /v/<id>. */
  urlChars: 1_500,
} as const;

const nodeIds = z.array(z.string().min(1).max(300)).max(VIEW_LIMITS.nodeIds);

export const viewFiltersSchema = z.object({
  kinds: z.array(z.enum(NODE_KINDS)).default([...NODE_KINDS]),
  relTypes: z.array(z.enum(REL_TYPES)).default([...REL_TYPES]),
  /** Empty means every language. */
  langs: z.array(z.string().regex(/^[a-z]{2}$/)).default([]),
  /** Empty means every article. */
  articles: z.array(z.string()).default([]),
  dateFrom: z.string().optional(),
  dateTo: z.string().optional(),
  /** Empty means curated and extracted facts alike. */
  sources: z.array(z.enum(['curated', 'extracted'])).default([]),
});
export type ViewFilters = z.infer<typeof viewFiltersSchema>;

export const viewportSchema = z.object({
  zoom: z.number().positive().max(100),
  pan: z.object({ x: z.number(), y: z.number() }),
});

export const viewStateSchema = z.object({
  v: z.literal(VIEW_STATE_VERSION),
  mode: z.enum(VIEW_MODES).default('graph'),
  layout: z.enum(VIEW_LAYOUTS).default('fcose'),
  focus: z.string().optional(),
  selection: z.string().optional(),
  /** Nodes added to the first view by expansions, in the order they were expanded. */
  expanded: nodeIds.default([]),
  hidden: nodeIds.default([]),
  /** When set, the view shows exactly these nodes instead of the first view plus expansions. */
  nodes: nodeIds.optional(),
  thread: z.string().optional(),
  filters: viewFiltersSchema.default(viewFiltersSchema.parse({})),
  viewport: viewportSchema.optional(),
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).optional(),
});
export type ViewState = z.infer<typeof viewStateSchema>;

export const EMPTY_VIEW_STATE: ViewState = viewStateSchema.parse({ v: VIEW_STATE_VERSION });

export type RestoredViewState = { state: ViewState; problems: string[] };

/**
 * Validates a view state of any version field by field: what is valid is kept, what is not is
 * replaced by its default and named in `problems`, so a tampered link opens the best partial view.
 */
export function restoreViewState(input: unknown): RestoredViewState {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { state: EMPTY_VIEW_STATE, problems: ['the view is not an object'] };
  const raw = input as Record<string, unknown>;
  const problems: string[] = [];
  if (raw.v !== VIEW_STATE_VERSION)
    problems.push(`unknown view version ${String(raw.v)}; read as version ${VIEW_STATE_VERSION}`);
  const state: Record<string, unknown> = { v: VIEW_STATE_VERSION };
  for (const [key, fieldSchema] of Object.entries(viewStateSchema.shape)) {
    if (key === 'v' || !(key in raw)) continue;
    const parsed = (fieldSchema as z.ZodType).safeParse(raw[key]);
    if (parsed.success) state[key] = parsed.data;
    else problems.push(`${key} was invalid and was reset`);
  }
  return { state: viewStateSchema.parse(state), problems };
}

export const savedViewIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'is not a view id');

export const saveViewRequestSchema = z.object({ state: viewStateSchema });
export const savedViewSchema = z.object({
  id: z.string(),
  state: viewStateSchema,
  createdAt: z.string(),
  /** Node ids the view names that the graph no longer holds. */
  missingNodeIds: z.array(z.string()),
});
export type SavedView = z.infer<typeof savedViewSchema>;
