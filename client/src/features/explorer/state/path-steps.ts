import type { GraphPath, RelType } from '@parley/graph-schema';

/** One hop of a path as read from its start: the node reached and how. */
export type PathStep = { type: RelType; forward: boolean; to: { id: string; label: string } };

/**
 * A path as its first node and the hops after it, each with the direction its relationship
 * points relative to the reading (Lim —affiliated with→ ministry ←affiliated with— Chung).
 */
export function pathSteps(path: GraphPath): { start: string; steps: PathStep[] } {
  const steps = path.edges.flatMap((edge, i): PathStep[] => {
    const from = path.nodes[i];
    const to = path.nodes[i + 1];
    if (!from || !to) return [];
    return [
      { type: edge.type, forward: edge.source === from.id, to: { id: to.id, label: to.label } },
    ];
  });
  return { start: path.nodes[0]?.label ?? '', steps };
}

/** The path in one line of words, for a screen reader and a title. */
export function describePath(path: GraphPath, words: Record<RelType, string>): string {
  const { start, steps } = pathSteps(path);
  const hops = steps.map(({ type, forward, to }) =>
    forward ? ` — ${words[type]} → ${to.label}` : ` ← ${words[type]} — ${to.label}`,
  );
  return `${start}${hops.join('')}`;
}
