import {
  editIdSchema,
  editRequestSchema,
  editsQuerySchema,
  type EditsResponse,
  type RevertResponse,
} from '@parley/graph-schema';
import { Router, type RequestHandler } from 'express';
import type { Db } from '../db/driver';
import { listEdits } from '../db/queries/edit-log';
import { revertEdit } from '../db/queries/revert';
import { notFound, parseOrThrow } from '../errors';
import type { KnownEntityCache } from '../ingest/known-entity-cache';
import { editBy } from './editor';
import type { InTurn } from './one-at-a-time';

/** The log of corrections, newest first, and reverting one (in turn with the other writes). */
export function editLogRoutes(
  db: Db,
  access: { writes: RequestHandler; reads: RequestHandler },
  inTurn: InTurn,
  known: KnownEntityCache,
): Router {
  const router = Router();
  router.get('/edits', access.reads, async (req, res) => {
    const { limit, offset } = parseOrThrow(editsQuerySchema, req.query, 'edits query');
    const body: EditsResponse = await listEdits(db, limit, offset);
    res.json(body);
  });
  router.post('/edits/:id/revert', access.writes, async (req, res) => {
    const id = editIdSchema.safeParse(req.params.id);
    if (!id.success) throw notFound(`Edit ${req.params.id}`);
    const { editor } = parseOrThrow(editRequestSchema, req.body ?? {}, 'request');
    const by = editBy(req, editor);
    const body: RevertResponse = { edit: await inTurn(() => revertEdit(db, id.data, by)) };
    known.forget();
    res.json(body);
  });
  return router;
}
