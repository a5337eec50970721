import type { CanvasElements } from './canvas-elements';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What a screen reader hears when the selection moves: "Maria Zakharova, actor, 12
 * connections" (the edges drawn at that node), or how many nodes are selected together.
 */
export function describeSelection(
  ids: readonly string[],
  elements: Pick<CanvasElements, 'nodes' | 'edges'>,
): string {
  if (ids.length === 0) return '';
  if (ids.length > 1) return `${plural(ids.length, 'node', 'nodes')} selected`;
  const [id] = ids;
  const node = elements.nodes.find((n) => n.id === id);
  if (!node) return '';
  const connections = elements.edges.filter((e) => e.source === id || e.target === id).length;
  return `${node.label}, ${node.kind}, ${plural(connections, 'connection', 'connections')}`;
}
