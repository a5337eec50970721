import { NODE_KINDS, REL_TYPES } from './model';

type Raw = Record<string, unknown>;

const stringsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The values of `all` that a list of shown values leaves out. */
const hiddenFrom = (all: readonly string[], shown: unknown): string[] | undefined =>
  Array.isArray(shown) ? all.filter((value) => !stringsIn(shown).includes(value)) : undefined;

/**
 * Version 1, the first saved-view format, listed what filters show (not what they hide), kept
 * the camera as a pan in pixels of the author's window and could pin an explicit node set.
 * Its fields become their version 2 equivalents; what has none is named in `problems`.
 */
export function upgradeFromV1(v1: Raw, problems: string[]): Raw {
  const filters = (typeof v1.filters === 'object' && v1.filters !== null ? v1.filters : {}) as Raw;
  const explicitNodes = Array.isArray(v1.nodes) ? v1.nodes : undefined;
  if (stringsIn(filters.langs).length > 0 || stringsIn(filters.articles).length > 0)
    problems.push('language and article filters of this older view were not carried over');
  if (v1.viewport !== undefined)
    problems.push('the camera of this older view was not carried over');

  const v2: Raw = {
    v: 2,
    showOverview: explicitNodes === undefined,
    addedNodeIds: explicitNodes ?? [],
    expansions: stringsIn(v1.expanded).map((nodeId) => ({ nodeId, pages: 1 })),
    hiddenNodeIds: v1.hidden,
    selection: typeof v1.selection === 'string' ? { type: 'node', id: v1.selection } : undefined,
    focusNodeId: v1.focus,
    mode: v1.mode === 'graph' ? 'explore' : v1.mode,
    threadStatementId: v1.thread,
    layout: v1.layout,
    positions: v1.positions,
    filters: {
      hiddenKinds: hiddenFrom(NODE_KINDS, filters.kinds),
      hiddenRelTypes: hiddenFrom(REL_TYPES, filters.relTypes),
      dateFrom: filters.dateFrom,
      dateTo: filters.dateTo,
    },
  };
  return v2;
}
