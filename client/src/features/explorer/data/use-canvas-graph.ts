import type { ChainResponse, Expansion, RelType, Subgraph } from '@parley/graph-schema';
import {
  useQueries,
  useQuery,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { chainQueryOptions } from '../api/get-chain';
import { expansionPageParams, neighborhoodQueryOptions } from '../api/get-neighborhood';
import { overviewQueryOptions } from '../api/get-overview';
import { SUBGRAPH_MAX_IDS, subgraphQueryOptions } from '../api/get-subgraph';
import type { CanvasState } from '../state/canvas-state';
import { buildGraphIndex, type GraphIndex, type GraphIndexInput } from '../state/graph-index';
import { computeVisibleNodeIds } from '../state/visible-graph';

type GraphPayload = Subgraph | ChainResponse;

type Slot =
  | { kind: 'overview' }
  | { kind: 'page'; nodeId: string; page: number; types?: readonly RelType[] }
  | { kind: 'thread'; statementId: string }
  | { kind: 'subgraph' };

export type SlotFailure = { slot: Slot; error: Error };

export type CanvasGraph = {
  index: GraphIndex;
  /** Some request the canvas needs has not answered yet. */
  loading: boolean;
  failures: SlotFailure[];
  retry: () => void;
};

type SourceSlot = Exclude<Slot, { kind: 'subgraph' }>;
type Plan = { slots: SourceSlot[]; queries: UseQueryOptions<GraphPayload>[] };

function queryFor(slot: SourceSlot): UseQueryOptions<GraphPayload> {
  switch (slot.kind) {
    case 'overview':
      return overviewQueryOptions() as UseQueryOptions<GraphPayload>;
    case 'page':
      return neighborhoodQueryOptions(
        slot.nodeId,
        expansionPageParams(slot.page, slot.types),
      ) as UseQueryOptions<GraphPayload>;
    case 'thread':
      return chainQueryOptions(slot.statementId) as UseQueryOptions<GraphPayload>;
  }
}

function planQueries(
  showOverview: boolean,
  expansions: readonly Expansion[],
  threadStatementId: string | null,
): Plan {
  const slots: SourceSlot[] = [];
  if (showOverview) slots.push({ kind: 'overview' });
  for (const { nodeId, pages, types } of expansions)
    for (let page = 0; page < pages; page++) slots.push({ kind: 'page', nodeId, page, types });
  if (threadStatementId) slots.push({ kind: 'thread', statementId: threadStatementId });
  return { slots, queries: slots.map(queryFor) };
}

const isSubgraph = (payload: GraphPayload | undefined): payload is Subgraph =>
  payload !== undefined && 'nodes' in payload;
const isChain = (payload: GraphPayload | undefined): payload is ChainResponse =>
  payload !== undefined && 'statements' in payload;

type Sources = {
  input: GraphIndexInput;
  /** What the sources alone say: enough to tell which nodes are on the canvas. */
  index: GraphIndex;
  loading: boolean;
  failures: SlotFailure[];
  retry: () => void;
};

function combine(plan: Plan, results: UseQueryResult<GraphPayload>[]): Sources {
  const pagesByNode = new Map<string, (Subgraph | undefined)[]>();
  const input: GraphIndexInput = {};
  plan.slots.forEach((slot, i) => {
    const data = results[i]?.data;
    if (slot.kind === 'overview') input.overview = isSubgraph(data) ? data : undefined;
    if (slot.kind === 'page')
      pagesByNode.set(slot.nodeId, [
        ...(pagesByNode.get(slot.nodeId) ?? []),
        isSubgraph(data) ? data : undefined,
      ]);
    if (slot.kind === 'thread') input.thread = isChain(data) ? data : undefined;
  });
  input.expansions = [...pagesByNode].map(([nodeId, pages]) => ({ nodeId, pages }));
  const failures = plan.slots.flatMap((slot, i) => {
    const error = results[i]?.error;
    return error ? [{ slot, error }] : [];
  });
  return {
    input,
    index: buildGraphIndex(input),
    loading: results.some((r) => r.isPending && r.fetchStatus !== 'idle'),
    failures,
    retry: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}

/**
 * The explore-mode canvas as one id list, capped at what one subgraph request takes. Added
 * nodes come first: nothing else brings their data. Sorted, so the same canvas asks the same.
 */
function canvasNodeIds(state: CanvasState, index: GraphIndex): string[] {
  const { ids } = computeVisibleNodeIds({ ...state, mode: 'explore' }, index);
  const added = state.addedNodeIds.filter((id) => ids.has(id)).sort();
  const others = [...ids].filter((id) => !state.addedNodeIds.includes(id)).sort();
  return [...added, ...others].slice(0, SUBGRAPH_MAX_IDS);
}

/**
 * Every request the canvas state implies, answered from the cache when it can be, merged into
 * one index. The overview, expansion pages and thread tell which nodes are on the canvas; one
 * subgraph request for that set then brings the added nodes and every edge among them.
 */
export function useCanvasGraph(state: CanvasState): CanvasGraph {
  const { showOverview, expansions, threadStatementId } = state;
  const plan = useMemo(
    () => planQueries(showOverview, expansions, threadStatementId),
    [showOverview, expansions, threadStatementId],
  );
  const combineWithPlan = useCallback(
    (results: UseQueryResult<GraphPayload>[]) => combine(plan, results),
    [plan],
  );
  const sources = useQueries({ queries: plan.queries, combine: combineWithPlan });

  const idsKey = canvasNodeIds(state, sources.index).join('\n');
  const ids = useMemo(() => (idsKey === '' ? [] : idsKey.split('\n')), [idsKey]);
  const induced = useQuery({ ...subgraphQueryOptions(ids), enabled: ids.length > 0 });
  const inducedData = ids.length > 0 ? induced.data : undefined;

  const { error, isFetching, refetch } = induced;
  return useMemo(() => {
    const failures = error
      ? [...sources.failures, { slot: { kind: 'subgraph' as const }, error }]
      : sources.failures;
    return {
      index: buildGraphIndex({ ...sources.input, induced: inducedData }),
      loading: sources.loading || (ids.length > 0 && isFetching),
      failures,
      retry: () => {
        sources.retry();
        if (error) void refetch();
      },
    };
  }, [sources, inducedData, ids.length, error, isFetching, refetch]);
}
