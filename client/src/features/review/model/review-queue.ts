import type { GraphEdge, GraphNode } from '@parley/graph-schema';
import { booleanProp, factSource, numberProp, stringProp } from '../../../lib/graph-properties';

/** Where a statement's words sit in its article. */
export type Evidence = { articleId: string; start: number; end: number };

export type QueueItem = {
  statement: GraphNode;
  speakerIds: string[];
  evidence: Evidence | null;
};

export type Decision = 'accepted' | 'dropped';

export type QueueState = {
  items: QueueItem[];
  /** Index of the item on screen. */
  at: number;
  decided: Record<string, Decision>;
};

/** Ambiguous speakers first, then the least confident, then the newest. */
function needsEyesFirst(a: GraphNode, b: GraphNode): number {
  const ambiguous = Number(booleanProp(b, 'ambiguous')) - Number(booleanProp(a, 'ambiguous'));
  if (ambiguous !== 0) return ambiguous;
  const confidence = (numberProp(a, 'confidence') ?? 1) - (numberProp(b, 'confidence') ?? 1);
  if (confidence !== 0) return confidence;
  return (stringProp(b, 'date') ?? '').localeCompare(stringProp(a, 'date') ?? '');
}

/**
 * The extracted statements among `nodes`, those that most need a person's eyes first, each with
 * its speakers and its evidence from `edges`.
 */
export function reviewQueue(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): QueueItem[] {
  return nodes
    .filter((n) => n.kind === 'statement' && factSource(n) === 'extracted')
    .sort(needsEyesFirst)
    .map((statement) => {
      const reported = edges.find((e) => e.type === 'REPORTED_IN' && e.source === statement.id);
      const start = reported && numberProp(reported, 'start');
      const end = reported && numberProp(reported, 'end');
      return {
        statement,
        speakerIds: edges
          .filter((e) => e.type === 'SAID' && e.target === statement.id)
          .map((e) => e.source),
        evidence:
          reported && start !== undefined && end !== undefined
            ? { articleId: reported.target, start, end }
            : null,
      };
    });
}

export const startQueue = (items: QueueItem[]): QueueState => ({ items, at: 0, decided: {} });

export const remaining = (state: QueueState) =>
  state.items.filter((item) => !state.decided[item.statement.id]).length;

export const current = (state: QueueState): QueueItem | undefined => state.items[state.at];

/** Moves by `delta` items, stopping at either end. */
export function step(state: QueueState, delta: number): QueueState {
  const at = Math.min(Math.max(state.at + delta, 0), Math.max(state.items.length - 1, 0));
  return at === state.at ? state : { ...state, at };
}

/** Records what was decided and moves on to the next item nobody decided yet, if any. */
export function decide(state: QueueState, id: string, decision: Decision): QueueState {
  const decided = { ...state.decided, [id]: decision };
  const after = state.items.findIndex((item, i) => i > state.at && !decided[item.statement.id]);
  const before = state.items.findIndex((item) => !decided[item.statement.id]);
  const next = after !== -1 ? after : before !== -1 ? before : state.at;
  return { ...state, decided, at: next };
}
