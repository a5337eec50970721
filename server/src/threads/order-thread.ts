import type { GraphEdge, GraphNode } from '@parley/graph-schema';

/**
 * Orders a RESPONDS_TO thread oldest first: a statement always comes after what it answers.
 * Among statements free to go next, the earlier date wins, then the id, so the order is stable.
 * Cycles (bad data) cannot stall it: what remains is appended in the same tie-break order.
 */
export function orderThreadOldestFirst(statements: GraphNode[], edges: GraphEdge[]): GraphNode[] {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const waitingOn = new Map(statements.map((s) => [s.id, 0]));
  const answeredBy = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.type !== 'RESPONDS_TO' || !byId.has(edge.source) || !byId.has(edge.target)) continue;
    waitingOn.set(edge.source, (waitingOn.get(edge.source) ?? 0) + 1);
    answeredBy.set(edge.target, [...(answeredBy.get(edge.target) ?? []), edge.source]);
  }
  const earlier = (a: GraphNode, b: GraphNode) => {
    const da = String(a.properties.date ?? '9999');
    const db = String(b.properties.date ?? '9999');
    return da === db ? a.id.localeCompare(b.id) : da.localeCompare(db);
  };
  const ordered: GraphNode[] = [];
  const ready = statements.filter((s) => waitingOn.get(s.id) === 0);
  while (ready.length > 0) {
    ready.sort(earlier);
    const next = ready.shift() as GraphNode;
    ordered.push(next);
    for (const answerId of answeredBy.get(next.id) ?? []) {
      const left = (waitingOn.get(answerId) ?? 0) - 1;
      waitingOn.set(answerId, left);
      if (left === 0) ready.push(byId.get(answerId) as GraphNode);
    }
  }
  const placed = new Set(ordered.map((s) => s.id));
  return [...ordered, ...statements.filter((s) => !placed.has(s.id)).sort(earlier)];
}
