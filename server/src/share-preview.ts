import fs from 'node:fs';
import path from 'node:path';
import { VIEW_URL_PARAM, parseViewState, type ViewState } from '@parley/graph-schema';
import type { Request, RequestHandler } from 'express';
import type { Db } from './db/driver';
import { getNode } from './db/queries/nodes';
import { getView } from './db/queries/views';

const APP_NAME = 'Parley';
const SAVED_VIEW_PATH = /^\/v\/([A-Za-z0-9_-]{16,64})$/;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

async function sharedState(db: Db, req: Request): Promise<ViewState | undefined> {
  const saved = SAVED_VIEW_PATH.exec(req.path);
  if (saved?.[1]) return (await getView(db, saved[1]))?.state;
  const token = req.query[VIEW_URL_PARAM];
  return typeof token === 'string' ? parseViewState(token).state : undefined;
}

/** The node a shared view is about: its focus, else the selected node. */
async function subjectOf(db: Db, req: Request): Promise<string | undefined> {
  const state = await sharedState(db, req);
  const selected = state?.selection?.type === 'node' ? state.selection.id : null;
  const id = state?.focusNodeId ?? selected;
  return id ? (await getNode(db, id)).label : undefined;
}

/**
 * Serves the client's index.html with the title of the view a link opens ("Andrey Rudenko —
 * Parley"): chat previews read the HTML and never run the client's script. A view that cannot
 * be read (or Neo4j away) just keeps the plain title. When reads need a token
 * (PARLEY_READ_TOKEN), every page has the plain title and the graph is not even asked, so a
 * page tells nothing the API would refuse, not even whether an id exists.
 */
export function clientPage(
  db: Db,
  clientDistDir: string,
  { readsNeedToken }: { readsNeedToken: boolean },
): RequestHandler {
  const html = fs.readFileSync(path.join(clientDistDir, 'index.html'), 'utf8');
  return async (req, res) => {
    const subject = readsNeedToken ? undefined : await subjectOf(db, req).catch(() => undefined);
    const title = escapeHtml(subject ? `${subject} — ${APP_NAME}` : APP_NAME);
    const page = html.replace(
      /<title>[^<]*<\/title>/,
      `<title>${title}</title><meta property="og:title" content="${title}" />`,
    );
    res.type('html').set('Cache-Control', 'no-cache').send(page);
  };
}
