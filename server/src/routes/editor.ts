import { EDITOR_HEADER, editorSchema } from '@parley/graph-schema';
import type { Request } from 'express';
import { parseOrThrow } from '../errors';
import type { EditBy } from '../db/queries/statement-corrections';

/** Who made a change: the body's `editor`, else the X-Parley-Editor header, else no one named. */
export function editBy(req: Request, fromBody: string | undefined): EditBy {
  const header = req.get(EDITOR_HEADER);
  const editor = fromBody ?? (header === undefined ? undefined : header);
  return {
    editor: editor === undefined ? undefined : parseOrThrow(editorSchema, editor, 'editor'),
  };
}
