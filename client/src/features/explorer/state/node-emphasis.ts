import type { NodeColouring, NodeKind, NodeSizing } from '@parley/graph-schema';
import { SAID_TO, type CanvasEdge, type CanvasElements } from './canvas-elements';

/** The largest node is this many times its kind's size; the others grow with the square root. */
export const MAX_NODE_SCALE = 2.6;

/** Languages get their own colours; any other falls back to the last one. */
export const LANGUAGE_COLOURS: Record<string, { fill: string; stroke: string }> = {
  en: { fill: '#3b82f6', stroke: '#1d4ed8' },
  te: { fill: '#f97316', stroke: '#c2410c' },
  ru: { fill: '#ef4444', stroke: '#b91c1c' },
  ko: { fill: '#22c55e', stroke: '#15803d' },
  zh: { fill: '#eab308', stroke: '#a16207' },
};
export const OTHER_LANGUAGE_COLOUR = { fill: '#a855f7', stroke: '#7e22ce' };
/** What has no language of its own (a party) when colours stand for languages. */
export const NO_LANGUAGE_COLOUR = { fill: '#e2e8f0', stroke: '#64748b' };

export const languageColour = (lang: string | undefined) =>
  lang === undefined || lang === ''
    ? NO_LANGUAGE_COLOUR
    : (LANGUAGE_COLOURS[lang] ?? OTHER_LANGUAGE_COLOUR);

/** How much each edge adds to its ends: one link for degree, its statements for statements. */
function addTo(counts: Map<string, number>, edge: CanvasEdge, sizing: NodeSizing): void {
  const add = (id: string, n: number) => counts.set(id, (counts.get(id) ?? 0) + n);
  if (sizing === 'degree') {
    add(edge.source, 1);
    add(edge.target, 1);
  } else if (edge.type === SAID_TO) {
    add(edge.source, edge.weight);
    add(edge.target, edge.weight);
  } else if (edge.type === 'SAID') add(edge.source, 1);
  else if (edge.type === 'ADDRESSED_TO') add(edge.target, 1);
}

/** Each node's size factor for `sizing`, over what the canvas draws. */
export function nodeScales(elements: CanvasElements, sizing: NodeSizing): Map<string, number> {
  const scales = new Map<string, number>();
  if (sizing === 'kind') return scales;
  const counts = new Map<string, number>();
  elements.edges.forEach((edge) => addTo(counts, edge, sizing));
  const max = Math.max(0, ...counts.values());
  if (max === 0) return scales;
  for (const [id, count] of counts)
    scales.set(id, 1 + (MAX_NODE_SCALE - 1) * Math.sqrt(count / max));
  return scales;
}

/** Parties grow with what they do; statements and articles keep their size and stay readable. */
const PARTY_KINDS: ReadonlySet<NodeKind> = new Set(['actor', 'institution']);

/** The canvas elements sized and coloured by what the legend chose. */
export function emphasise(
  elements: CanvasElements,
  sizing: NodeSizing,
  colouring: NodeColouring,
): CanvasElements {
  if (sizing === 'kind' && colouring === 'kind') return elements;
  const scales = nodeScales(elements, sizing);
  return {
    ...elements,
    nodes: elements.nodes.map((node) => ({
      ...node,
      scale: PARTY_KINDS.has(node.kind) ? (scales.get(node.id) ?? 1) : 1,
      colour: colouring === 'language' ? languageColour(node.lang) : undefined,
    })),
  };
}
