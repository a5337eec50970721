/**
 * What opening a view costs: each page of an expansion is one neighbourhood request, and added
 * nodes are fetched 500 at a time. A saved view is refused (400) beyond these limits, and a
 * client opening any view, a link included, loads no more than they allow.
 */
export const VIEW_LOAD_LIMITS = {
  /** Neighbourhood pages of all expansions together. */
  expansionPages: 200,
  /** Nodes placed one by one. */
  addedNodes: 500,
  /** A view asking for more pages than this is loaded only once the reader agrees. */
  pagesWithoutAsking: 40,
} as const;

type ViewLoad = { expansions: readonly { pages: number }[]; addedNodeIds: readonly string[] };

/** Neighbourhood pages the view loads. */
export const expansionPagesOf = (state: ViewLoad) =>
  state.expansions.reduce((sum, e) => sum + e.pages, 0);

/** Fields of the view that ask for more than VIEW_LOAD_LIMITS allows, each with why. */
export function viewLoadProblems(state: ViewLoad): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const pages = expansionPagesOf(state);
  if (pages > VIEW_LOAD_LIMITS.expansionPages)
    problems.push({
      path: 'state.expansions',
      message: `ask for ${pages} neighbourhood pages in all; at most ${VIEW_LOAD_LIMITS.expansionPages}`,
    });
  if (state.addedNodeIds.length > VIEW_LOAD_LIMITS.addedNodes)
    problems.push({
      path: 'state.addedNodeIds',
      message: `holds ${state.addedNodeIds.length} nodes; at most ${VIEW_LOAD_LIMITS.addedNodes}`,
    });
  return problems;
}

/**
 * The view with at most `maxPages` neighbourhood pages (expansions keep their order, the last
 * ones lose pages first) and at most VIEW_LOAD_LIMITS.addedNodes nodes placed one by one.
 */
export function trimViewLoad<T extends ViewLoad>(state: T, maxPages: number): T {
  let left = maxPages;
  const expansions = state.expansions.flatMap((e) => {
    const pages = Math.min(e.pages, left);
    left -= pages;
    return pages > 0 ? [{ ...e, pages }] : [];
  });
  return {
    ...state,
    expansions,
    addedNodeIds: state.addedNodeIds.slice(0, VIEW_LOAD_LIMITS.addedNodes),
  };
}

/**
 * What opening `state` loads: never more than VIEW_LOAD_LIMITS allows, whoever made the link,
 * and beyond `pagesWithoutAsking` pages only if `ask` (the reader) agrees; otherwise that many.
 * The very same `state` when it opens whole.
 */
export function boundViewLoad<T extends ViewLoad>(state: T, ask: (pages: number) => boolean): T {
  const pages = expansionPagesOf(state);
  const most = Math.min(pages, VIEW_LOAD_LIMITS.expansionPages);
  const allowed =
    most > VIEW_LOAD_LIMITS.pagesWithoutAsking && !ask(most)
      ? VIEW_LOAD_LIMITS.pagesWithoutAsking
      : most;
  const bounded = trimViewLoad(state, allowed);
  const whole = allowed === pages && bounded.addedNodeIds.length === state.addedNodeIds.length;
  return whole ? state : bounded;
}
