import { expansionPagesOf, type ViewState } from '@parley/graph-schema';
import { pluralise } from '../../../lib/plural';

/** What the reader is told about an opened link: one sentence, then the particulars. */
export type ViewNotice = { message: string; details: string[] };

/**
 * Takes nodes the graph no longer holds out of a view, and whatever hangs on them (their
 * expansion, the selection, the thread), so the rest opens as it was.
 */
export function withoutNodes(state: ViewState, missing: readonly string[]): ViewState {
  if (missing.length === 0) return state;
  const gone = new Set(missing);
  const kept = (id: string | null) => (id !== null && gone.has(id) ? null : id);
  const { selection, viewport } = state;
  const selectionGone =
    (selection?.type === 'node' && gone.has(selection.id)) ||
    (selection?.type === 'pair' &&
      (gone.has(selection.speakerId) || gone.has(selection.addresseeId)));
  const threadStatementId = kept(state.threadStatementId);
  return {
    ...state,
    addedNodeIds: state.addedNodeIds.filter((id) => !gone.has(id)),
    expansions: state.expansions.filter((e) => !gone.has(e.nodeId)),
    selection: selectionGone ? null : selection,
    focusNodeId: kept(state.focusNodeId),
    threadStatementId,
    mode: state.mode === 'thread' && threadStatementId === null ? 'explore' : state.mode,
    viewport: viewport?.anchorId && gone.has(viewport.anchorId) ? null : viewport,
    positions: Object.fromEntries(Object.entries(state.positions).filter(([id]) => !gone.has(id))),
  };
}

/**
 * Puts the party a merged one went into wherever the view named the old id, once each: an old
 * link opens on the party as it now is.
 */
export function withMergedNodes(state: ViewState, merged: ReadonlyMap<string, string>): ViewState {
  if (merged.size === 0) return state;
  const now = (id: string) => merged.get(id) ?? id;
  const nowOrNull = (id: string | null) => (id === null ? null : now(id));
  const unique = (ids: readonly string[]) => [...new Set(ids.map(now))];
  const { selection, viewport } = state;
  const expanded = new Map<string, number>();
  for (const e of state.expansions)
    expanded.set(now(e.nodeId), Math.max(e.pages, expanded.get(now(e.nodeId)) ?? 0));
  return {
    ...state,
    addedNodeIds: unique(state.addedNodeIds),
    expansions: [...expanded].map(([nodeId, pages]) => ({ nodeId, pages })),
    hiddenNodeIds: unique(state.hiddenNodeIds),
    selection:
      selection?.type === 'node'
        ? { type: 'node', id: now(selection.id) }
        : selection?.type === 'pair'
          ? {
              ...selection,
              speakerId: now(selection.speakerId),
              addresseeId: now(selection.addresseeId),
            }
          : selection,
    focusNodeId: nowOrNull(state.focusNodeId),
    viewport: viewport && { ...viewport, anchorId: nowOrNull(viewport.anchorId) },
    // The one it went into keeps its own place; an old place is dropped, not doubled.
    positions: Object.fromEntries(
      Object.entries(state.positions).filter(([id]) => !merged.has(id)),
    ),
  };
}

/** How much of a view was opened, when not all of it: neighbourhood pages and nodes placed one by one. */
export type ViewTrim = {
  pages: { asked: number; loaded: number };
  addedNodes: { asked: number; loaded: number };
};

/** What `loaded` leaves out of `asked`; undefined when it opens all of it. */
export function viewTrim(asked: ViewState, loaded: ViewState): ViewTrim | undefined {
  const trim = {
    pages: { asked: expansionPagesOf(asked), loaded: expansionPagesOf(loaded) },
    addedNodes: { asked: asked.addedNodeIds.length, loaded: loaded.addedNodeIds.length },
  };
  const whole =
    trim.pages.asked === trim.pages.loaded && trim.addedNodes.asked === trim.addedNodes.loaded;
  return whole ? undefined : trim;
}

function describeTrim({ pages, addedNodes }: ViewTrim): string[] {
  return [
    ...(pages.asked > pages.loaded
      ? [`the first ${pages.loaded} of its ${pages.asked} neighbourhood pages are loaded`]
      : []),
    ...(addedNodes.asked > addedNodes.loaded
      ? [`${addedNodes.loaded} of its ${addedNodes.asked} added nodes are placed`]
      : []),
  ];
}

export type OpeningReport = {
  /** The link or saved view could not be read at all. */
  unreadable?: string;
  problems?: readonly string[];
  missingNodeIds?: readonly string[];
  /** Old id → the id of the party it was merged into. */
  mergedNodeIds?: ReadonlyMap<string, string>;
  /** The view asked for more than opens at once (VIEW_LOAD_LIMITS, or the reader said no). */
  trimmed?: ViewTrim;
};

const MISSING_SHOWN = 5;

/** What went wrong opening a view, in words a reader can act on; null when nothing did. */
export function describeOpening({
  unreadable,
  problems = [],
  missingNodeIds = [],
  mergedNodeIds = new Map(),
  trimmed,
}: OpeningReport): ViewNotice | null {
  if (unreadable) return { message: `${unreadable} The first view is shown instead.`, details: [] };
  const details = [...problems];
  const trims = trimmed ? describeTrim(trimmed) : [];
  const merges = [...mergedNodeIds].map(([from, into]) => `${from} was merged into ${into}`);
  if (missingNodeIds.length > 0) {
    const shown = missingNodeIds.slice(0, MISSING_SHOWN).join(', ');
    const more =
      missingNodeIds.length > MISSING_SHOWN
        ? ` and ${missingNodeIds.length - MISSING_SHOWN} more`
        : '';
    details.push(`no longer in the graph: ${shown}${more}`);
  }
  if (details.length === 0 && trims.length > 0)
    return {
      message: 'This view is larger than opens at once; part of it is shown.',
      details: [...trims, ...merges],
    };
  if (details.length === 0 && merges.length === 0) return null;
  if (details.length === 0)
    return {
      message: 'Parties of this view were merged since; it shows the ones they went into.',
      details: merges,
    };
  details.push(...trims, ...merges);
  if (problems.length > 0)
    return {
      message: 'Parts of this link could not be read; the rest of the view is shown.',
      details,
    };
  const count = missingNodeIds.length;
  const nodesAre = pluralise(count, 'node of this view is', 'nodes of this view are');
  return { message: `${nodesAre} no longer in the graph; the rest is shown.`, details };
}
