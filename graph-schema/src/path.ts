import { z } from 'zod';
import { graphEdgeSchema, graphNodeSchema } from './api';

/** GET /api/path: shortest chains between two parties, bounded. */
export const PATH_LIMITS = {
  /** Relationships in a chain, at most. */
  maxHops: 6,
  /** Chains returned, at most: the shortest first. */
  paths: 5,
} as const;

/** The relationship types a chain may go through: statements, meetings, affiliations. */
export const PATH_REL_TYPES = [
  'SAID',
  'ADDRESSED_TO',
  'RESPONDS_TO',
  'MEETS_WITH',
  'AFFILIATED_WITH',
] as const;

const partyId = z
  .string()
  .min(1)
  .max(300)
  .regex(/^(?:actor|institution):/, 'is not an actor or institution id');

export const pathQuerySchema = z
  .object({
    from: partyId,
    to: partyId,
    maxHops: z.coerce.number().int().min(1).max(PATH_LIMITS.maxHops).default(PATH_LIMITS.maxHops),
  })
  .refine((q) => q.from !== q.to, { message: 'must differ from from', path: ['to'] });
export type PathQuery = z.infer<typeof pathQuerySchema>;

/** One chain: its nodes from `from` to `to` and the relationships between them, in order. */
export const graphPathSchema = z.object({
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
});
export type GraphPath = z.infer<typeof graphPathSchema>;

/** Shortest first; empty when no chain of at most `maxHops` joins the two. */
export const pathResponseSchema = z.object({ paths: z.array(graphPathSchema) });
export type PathResponse = z.infer<typeof pathResponseSchema>;
