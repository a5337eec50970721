import type { Request } from 'express';
import { z } from 'zod';
import { parseOrThrow } from '../errors';

const idParamSchema = z.string().min(1);

/** The `:id` of the path: a route guarded by a plain RequestHandler sees its params untyped. */
export const pathId = (req: Request): string => parseOrThrow(idParamSchema, req.params.id, 'id');
