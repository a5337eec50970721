import { z } from 'zod';
import { graphEdgeSchema, graphNodeSchema } from './api';
import { positionSchema, viewStateSchema } from './view-state';

export const VIEW_EXPORT_VERSION = 1;

/**
 * The JSON export of a view: the nodes where the canvas drew them, the edges (who-said-what's
 * folded SAID_TO edges included) and the view state, which a share link would carry.
 */
export const viewExportSchema = z.object({
  type: z.literal('parley-view'),
  version: z.literal(VIEW_EXPORT_VERSION),
  view: viewStateSchema,
  nodes: z.array(graphNodeSchema.extend({ position: positionSchema })),
  edges: z.array(graphEdgeSchema.extend({ type: z.string() })),
});
export type ViewExport = z.infer<typeof viewExportSchema>;
