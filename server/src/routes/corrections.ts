import {
  editRequestSchema,
  mergeRequestSchema,
  partyPatchSchema,
  statementPatchSchema,
  type ArticleRemovalResponse,
  type EditedNodeResponse,
  type RemovalResponse,
} from '@parley/graph-schema';
import { Router, type Request, type RequestHandler } from 'express';
import type { Db } from '../db/driver';
import { removeArticle } from '../db/queries/article-removal';
import { updateParty } from '../db/queries/party-corrections';
import { mergeParty } from '../db/queries/party-merge';
import {
  removeMeeting,
  removeStatement,
  updateStatement,
} from '../db/queries/statement-corrections';
import { parseOrThrow } from '../errors';
import type { KnownEntityCache } from '../ingest/known-entity-cache';
import { editBy } from './editor';
import { pathId } from './path-id';
import type { InTurn } from './one-at-a-time';

/**
 * Corrections after writing: validate, make the change in turn with ingests (they touch the
 * same nodes), answer the updated node or what went. Names may have changed, so extraction
 * reads them again after an edit of parties.
 */
export function correctionRoutes(
  db: Db,
  requireWriteAccess: RequestHandler,
  inTurn: InTurn,
  known: KnownEntityCache,
): Router {
  const router = Router();
  const removal = (req: Request) => {
    const { editor } = parseOrThrow(editRequestSchema, req.body ?? {}, 'request');
    return editBy(req, editor);
  };

  router.patch('/statements/:id', requireWriteAccess, async (req, res) => {
    const patch = parseOrThrow(statementPatchSchema, req.body, 'statement change');
    const by = editBy(req, patch.editor);
    const body: EditedNodeResponse = await inTurn(() =>
      updateStatement(db, pathId(req), patch, by),
    );
    res.json(body);
  });

  router.delete('/statements/:id', requireWriteAccess, async (req, res) => {
    const by = removal(req);
    const body: RemovalResponse = await inTurn(() => removeStatement(db, pathId(req), by));
    res.json(body);
  });

  router.delete('/meetings/:id', requireWriteAccess, async (req, res) => {
    const by = removal(req);
    const body: RemovalResponse = await inTurn(() => removeMeeting(db, pathId(req), by));
    res.json(body);
  });

  router.patch('/parties/:id', requireWriteAccess, async (req, res) => {
    const patch = parseOrThrow(partyPatchSchema, req.body, 'party change');
    const by = editBy(req, patch.editor);
    const body: EditedNodeResponse = await inTurn(() => updateParty(db, pathId(req), patch, by));
    known.forget();
    res.json(body);
  });

  router.post('/parties/:id/merge', requireWriteAccess, async (req, res) => {
    const { into, editor } = parseOrThrow(mergeRequestSchema, req.body, 'merge');
    const by = editBy(req, editor);
    const body: EditedNodeResponse = await inTurn(() => mergeParty(db, pathId(req), into, by));
    known.forget();
    res.json(body);
  });

  router.delete('/articles/:id', requireWriteAccess, async (req, res) => {
    const by = removal(req);
    const body: ArticleRemovalResponse = await inTurn(() => removeArticle(db, pathId(req), by));
    known.forget();
    res.json(body);
  });

  return router;
}
