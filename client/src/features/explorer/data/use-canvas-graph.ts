import type { ChainResponse, Subgraph } from '@parley/graph-schema';
import { useQueries, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { chainQueryOptions } from '../api/get-chain';
import {
  expansionPageParams,
  NODE_RELATIONS_PARAMS,
  neighborhoodQueryOptions,
} from '../api/get-neighborhood';
import { overviewQueryOptions } from '../api/get-overview';
import type { CanvasState, Expansion } from '../state/canvas-state';
import { buildGraphIndex, type GraphIndex } from '../state/graph-index';

type GraphPayload = Subgraph | ChainResponse;

type Slot =
  | { kind: 'overview' }
  | { kind: 'added'; nodeId: string }
  | { kind: 'page'; nodeId: string; page: number }
  | { kind: 'thread'; statementId: string };

export type SlotFailure = { slot: Slot; error: Error };

export type CanvasGraph = {
  index: GraphIndex;
  /** Some request the canvas needs has not answered yet. */
  loading: boolean;
  failures: SlotFailure[];
  retry: () => void;
};

type Plan = { slots: Slot[]; queries: UseQueryOptions<GraphPayload>[] };

function queryFor(slot: Slot): UseQueryOptions<GraphPayload> {
  switch (slot.kind) {
    case 'overview':
      return overviewQueryOptions() as UseQueryOptions<GraphPayload>;
    case 'added':
      return neighborhoodQueryOptions(
        slot.nodeId,
        NODE_RELATIONS_PARAMS,
      ) as UseQueryOptions<GraphPayload>;
    case 'page':
      return neighborhoodQueryOptions(
        slot.nodeId,
        expansionPageParams(slot.page),
      ) as UseQueryOptions<GraphPayload>;
    case 'thread':
      return chainQueryOptions(slot.statementId) as UseQueryOptions<GraphPayload>;
  }
}

function planQueries(
  showOverview: boolean,
  addedNodeIds: readonly string[],
  expansions: readonly Expansion[],
  threadStatementId: string | null,
): Plan {
  const slots: Slot[] = [];
  if (showOverview) slots.push({ kind: 'overview' });
  addedNodeIds.forEach((nodeId) => slots.push({ kind: 'added', nodeId }));
  for (const { nodeId, pages } of expansions)
    for (let page = 0; page < pages; page++) slots.push({ kind: 'page', nodeId, page });
  if (threadStatementId) slots.push({ kind: 'thread', statementId: threadStatementId });
  return { slots, queries: slots.map(queryFor) };
}

const isSubgraph = (payload: GraphPayload | undefined): payload is Subgraph =>
  payload !== undefined && 'nodes' in payload;
const isChain = (payload: GraphPayload | undefined): payload is ChainResponse =>
  payload !== undefined && 'statements' in payload;

function combine(plan: Plan, results: UseQueryResult<GraphPayload>[]): Omit<CanvasGraph, 'retry'> {
  const at = (slotIndex: number) => results[slotIndex]?.data;
  const subgraphAt = (slotIndex: number) => {
    const data = at(slotIndex);
    return isSubgraph(data) ? data : undefined;
  };
  const pagesByNode = new Map<string, (Subgraph | undefined)[]>();
  const added: (Subgraph | undefined)[] = [];
  let overview: Subgraph | undefined;
  let thread: ChainResponse | undefined;
  plan.slots.forEach((slot, i) => {
    if (slot.kind === 'overview') overview = subgraphAt(i);
    if (slot.kind === 'added') added.push(subgraphAt(i));
    if (slot.kind === 'page')
      pagesByNode.set(slot.nodeId, [...(pagesByNode.get(slot.nodeId) ?? []), subgraphAt(i)]);
    if (slot.kind === 'thread') {
      const data = at(i);
      thread = isChain(data) ? data : undefined;
    }
  });
  const failures = plan.slots.flatMap((slot, i) => {
    const error = results[i]?.error;
    return error ? [{ slot, error }] : [];
  });
  return {
    index: buildGraphIndex({
      overview,
      added,
      thread,
      expansions: [...pagesByNode].map(([nodeId, pages]) => ({ nodeId, pages })),
    }),
    loading: results.some((r) => r.isPending && r.fetchStatus !== 'idle'),
    failures,
  };
}

/** Every request the canvas state implies, answered from the cache when it can be, merged into one index. */
export function useCanvasGraph(state: CanvasState): CanvasGraph {
  const { showOverview, addedNodeIds, expansions, threadStatementId } = state;
  const plan = useMemo(
    () => planQueries(showOverview, addedNodeIds, expansions, threadStatementId),
    [showOverview, addedNodeIds, expansions, threadStatementId],
  );
  const combineWithPlan = useCallback(
    (results: UseQueryResult<GraphPayload>[]): CanvasGraph => ({
      ...combine(plan, results),
      retry: () => results.forEach((r) => r.isError && void r.refetch()),
    }),
    [plan],
  );
  return useQueries({ queries: plan.queries, combine: combineWithPlan });
}
