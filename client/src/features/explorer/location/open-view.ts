import {
  VIEW_LOAD_LIMITS,
  VIEW_TOKEN_UNREADABLE,
  boundViewLoad,
  getEmptyViewState,
  nodeIdsOfViewState,
  parseViewState,
  serialiseViewState,
  type ViewState,
} from '@parley/graph-schema';
import { describeError, isApiError } from '../../../lib/api-error';
import { getSavedView } from '../api/get-saved-view';
import { SUBGRAPH_MAX_IDS, getSubgraph } from '../api/get-subgraph';
import { currentNodeId } from '../api/current-node-id';
import {
  describeOpening,
  viewTrim,
  withMergedNodes,
  withoutNodes,
  type ViewNotice,
} from './opened-view';
import { isSavedViewId, type SavedBaseline, type ViewSource } from './view-location';

export type OpenedView = {
  state: ViewState;
  notice: ViewNotice | null;
  /** Set when the view came from the server, so the address can keep its short form. */
  baseline: SavedBaseline | null;
};

/** Ids a link names that are not found under their own id are asked about one by one, up to this many. */
const MERGE_LOOKUPS_MAX = 20;

type NodeCheck = { missing: string[]; merged: Map<string, string> };

/**
 * The ids among `ids` the graph no longer holds, and those of parties merged since (they answer
 * with the party they went into); nothing when the server cannot tell.
 */
async function checkNodes(ids: readonly string[]): Promise<NodeCheck> {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += SUBGRAPH_MAX_IDS)
    chunks.push(ids.slice(i, i + SUBGRAPH_MAX_IDS));
  try {
    const answers = await Promise.all(chunks.map((chunk) => getSubgraph(chunk)));
    const found = new Set(answers.flatMap((answer) => answer.nodes.map((n) => n.id)));
    const unseen = ids.filter((id) => !found.has(id));
    const now = await Promise.all(
      unseen.slice(0, MERGE_LOOKUPS_MAX).map(async (id) => [id, await currentNodeId(id)] as const),
    );
    const merged = new Map(
      now.flatMap(([id, into]) => (into !== null && into !== id ? [[id, into] as const] : [])),
    );
    return { missing: unseen.filter((id) => !merged.has(id)), merged };
  } catch {
    return { missing: [], merged: new Map() };
  }
}

/** A view of many neighbourhood pages takes as many requests: the reader decides (see VIEW_LOAD_LIMITS). */
const askBeforeLargeView = (pages: number) =>
  window.confirm(
    `This view opens ${pages} pages of neighbourhoods: ${pages} requests, and a while to draw. Load them all? Cancel opens the first ${VIEW_LOAD_LIMITS.pagesWithoutAsking}.`,
  );

const unreadable = (message: string): OpenedView => ({
  state: getEmptyViewState(),
  notice: describeOpening({ unreadable: message }),
  baseline: null,
});

async function openLink(token: string, check: boolean): Promise<OpenedView> {
  const parsed = parseViewState(token);
  const { problems } = parsed;
  if (problems.includes(VIEW_TOKEN_UNREADABLE))
    return unreadable('This link is damaged and could not be read.');
  const state = boundViewLoad(parsed.state, askBeforeLargeView);
  const { missing, merged } = check
    ? await checkNodes(nodeIdsOfViewState(state))
    : { missing: [], merged: new Map<string, string>() };
  return {
    state: withMergedNodes(withoutNodes(state, missing), merged),
    notice: describeOpening({
      problems,
      missingNodeIds: missing,
      mergedNodeIds: merged,
      trimmed: viewTrim(parsed.state, state),
    }),
    baseline: null,
  };
}

async function openSaved(id: string): Promise<OpenedView> {
  if (!isSavedViewId(id)) return unreadable('This is not the address of a saved view.');
  try {
    const saved = await getSavedView(id);
    const bounded = boundViewLoad(saved.state, askBeforeLargeView);
    const state = withoutNodes(bounded, saved.missingNodeIds);
    return {
      state,
      notice: describeOpening({
        missingNodeIds: saved.missingNodeIds,
        trimmed: viewTrim(saved.state, bounded),
      }),
      baseline: { id, token: serialiseViewState(state) },
    };
  } catch (error) {
    if (isApiError(error) && error.code === 'not_found')
      return unreadable('This saved view does not exist: check that the link is complete.');
    return unreadable(`The saved view could not be loaded. ${describeError(error)}`);
  }
}

/**
 * A view from wherever the address points, always a usable one: what cannot be read is
 * reported and replaced by defaults, nodes the graph lost are taken out and named.
 * `checkNodes` asks the server first; Back and Forward skip it for links this page wrote.
 */
export function openView(source: ViewSource, { checkNodes }: { checkNodes: boolean }) {
  switch (source.kind) {
    case 'none':
      return Promise.resolve<OpenedView>({
        state: getEmptyViewState(),
        notice: null,
        baseline: null,
      });
    case 'link':
      return openLink(source.token, checkNodes);
    case 'saved':
      return openSaved(source.id);
  }
}
