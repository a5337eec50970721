import { z } from 'zod';
import { NODE_KINDS, REL_TYPES } from './model';

/** Property values as they come out of Neo4j after conversion: JSON scalars and lists of them. */
const propertyValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string(), z.number(), z.boolean()])),
]);

export const graphNodeSchema = z.object({
  id: z.string(),
  kind: z.enum(NODE_KINDS),
  label: z.string(),
  properties: z.record(z.string(), propertyValueSchema),
});
export type GraphNode = z.infer<typeof graphNodeSchema>;

export const graphEdgeSchema = z.object({
  id: z.string(),
  type: z.enum(REL_TYPES),
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), propertyValueSchema),
});
export type GraphEdge = z.infer<typeof graphEdgeSchema>;

export const subgraphSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
  /** True when a cap cut the result short; ask again with a larger limit or an offset. */
  truncated: z.boolean(),
});
export type Subgraph = z.infer<typeof subgraphSchema>;

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  neo4j: z.object({
    up: z.boolean(),
    /** Where Neo4j is; only for callers that send a token. */
    uri: z.string().optional(),
    message: z.string().optional(),
  }),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;

export const searchResultSchema = z.object({
  id: z.string(),
  kind: z.enum(NODE_KINDS),
  label: z.string(),
  /** The name, alias or text that matched, in its own script. */
  matched: z.string(),
  score: z.number(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
export const searchResponseSchema = z.object({ results: z.array(searchResultSchema) });
export type SearchResponse = z.infer<typeof searchResponseSchema>;

export const nodeResponseSchema = z.object({ node: graphNodeSchema });
export type NodeResponse = z.infer<typeof nodeResponseSchema>;

export const neighborhoodResponseSchema = subgraphSchema;
export type NeighborhoodResponse = Subgraph;

export const chainResponseSchema = z.object({
  /** Every statement of the RESPONDS_TO thread, oldest first. */
  statements: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
});
export type ChainResponse = z.infer<typeof chainResponseSchema>;

export const partyRefSchema = z.object({
  id: z.string(),
  kind: z.enum(NODE_KINDS),
  label: z.string(),
});
export const whoSaidWhatPairSchema = z.object({
  speaker: partyRefSchema,
  addressee: partyRefSchema,
  /** Every statement of the pair. */
  count: z.number().int().positive(),
  /** The newest of them, at most API_LIMITS.whoSaidWhatStatementIds (100). */
  statementIds: z.array(z.string()),
});
export type WhoSaidWhatPair = z.infer<typeof whoSaidWhatPairSchema>;
export const whoSaidWhatResponseSchema = z.object({ pairs: z.array(whoSaidWhatPairSchema) });
export type WhoSaidWhatResponse = z.infer<typeof whoSaidWhatResponseSchema>;

export const graphResponseSchema = subgraphSchema;
export type GraphResponse = Subgraph;

export const ingestCountsSchema = z.object({
  created: z.number().int(),
  matched: z.number().int(),
});
export const ingestResponseSchema = z.object({
  articleId: z.string(),
  nodes: ingestCountsSchema,
  relationships: ingestCountsSchema,
});
export type IngestResponse = z.infer<typeof ingestResponseSchema>;

export const ERROR_CODES = [
  'bad_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'neo4j_unavailable',
  /** Neo4j stopped a query at its memory or time budget, or has as many as it can take. */
  'neo4j_over_budget',
  /** Neo4j went away during a write's commit: it may or may not be stored. */
  'write_outcome_unknown',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** Query parameters, parsed from strings. */
export const API_LIMITS = {
  searchDefault: 10,
  searchMax: 50,
  neighborhoodDefault: 50,
  neighborhoodMax: 500,
  graphDefault: 300,
  graphMax: 2_000,
  whoSaidWhatMax: 1_000,
  whoSaidWhatStatementIds: 100,
  chainMax: 500,
  subgraphIdsMax: 500,
  bodyBytes: 5 * 1024 * 1024,
} as const;

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(200),
  limit: z.coerce.number().int().min(1).max(API_LIMITS.searchMax).default(API_LIMITS.searchDefault),
});
export const neighborhoodQuerySchema = z.object({
  depth: z.coerce.number().int().min(1).max(2).default(1),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(API_LIMITS.neighborhoodMax)
    .default(API_LIMITS.neighborhoodDefault),
  offset: z.coerce.number().int().min(0).default(0),
  types: z
    .string()
    .transform((list) => [...new Set(list.split(','))])
    .pipe(z.array(z.enum(REL_TYPES)).min(1))
    .optional()
    .describe(
      'Only along these relationship types, comma-separated (MEETS_WITH,SAID); all when absent',
    ),
});
export const graphQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(API_LIMITS.graphMax).default(API_LIMITS.graphDefault),
});
/** POST /api/subgraph: the nodes with these ids and every relationship among them. */
export const subgraphRequestSchema = z.object({
  ids: z.array(z.string().min(1).max(300)).max(API_LIMITS.subgraphIdsMax),
});
export type SubgraphRequest = z.infer<typeof subgraphRequestSchema>;
/** Ids the graph does not hold are left out; `truncated` is always false, the request is capped. */
export const subgraphResponseSchema = subgraphSchema;
export type SubgraphResponse = Subgraph;

export const whoSaidWhatQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(API_LIMITS.whoSaidWhatMax).default(200),
});
