import type { ScenePoint, ViewGraph } from '../../../lib/view-export';
import { escapeXml } from './xml';

type AttrType = 'boolean' | 'int' | 'double' | 'string';
type Scope = 'node' | 'edge';
type Key = { id: string; scope: Scope; name: string; type: AttrType };
type Value = unknown;

/** Attributes every node or edge gets, besides its own properties. */
const FIXED_NODE_ATTRS = ['label', 'kind'] as const;
const FIXED_EDGE_ATTRS = ['type'] as const;
/** Gephi reads node positions from attributes with exactly these names. */
const POSITION_ATTRS = ['x', 'y'] as const;

function typeOf(value: Value): AttrType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

/** The narrowest GraphML type every value of an attribute fits. */
function widen(a: AttrType | undefined, b: AttrType): AttrType {
  if (a === undefined || a === b) return b;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}

/** Lists keep their values as a JSON array: GraphML has no list type, and JSON loses nothing. */
function text(value: Value): string {
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

function collectKeys(
  scope: Scope,
  fixed: readonly string[],
  items: readonly { properties: Record<string, Value> }[],
  prefix: string,
): Key[] {
  const types = new Map<string, AttrType | undefined>(fixed.map((name) => [name, 'string']));
  for (const item of items)
    for (const [name, value] of Object.entries(item.properties)) {
      if (value === null || fixed.includes(name)) continue;
      types.set(name, widen(types.get(name), typeOf(value)));
    }
  return [...types].map(([name, type], i) => ({
    id: `${prefix}${i}`,
    scope,
    name,
    type: type ?? 'string',
  }));
}

const keyLine = (key: Key) =>
  `  <key id="${key.id}" for="${key.scope}" attr.name="${escapeXml(key.name)}" attr.type="${key.type}"/>`;

function dataLines(keys: readonly Key[], values: Record<string, Value>): string[] {
  return keys.flatMap((key) => {
    const value = values[key.name];
    if (value === null || value === undefined) return [];
    return [`      <data key="${key.id}">${escapeXml(text(value))}</data>`];
  });
}

/**
 * The graph as GraphML (graphml.graphdrawing.org) that Gephi, Cytoscape desktop and yEd open:
 * every attribute declared as a typed key, node labels and kinds, edge types, each element's
 * own properties and, when given, node positions as Gephi's x and y.
 */
export function toGraphMl(
  graph: ViewGraph,
  positions: ReadonlyMap<string, ScenePoint> = new Map(),
): string {
  const nodeKeys = collectKeys('node', FIXED_NODE_ATTRS, graph.nodes, 'n');
  const positionKeys: Key[] =
    positions.size > 0
      ? POSITION_ATTRS.map((name) => ({ id: `p${name}`, scope: 'node', name, type: 'double' }))
      : [];
  const edgeKeys = collectKeys('edge', FIXED_EDGE_ATTRS, graph.edges, 'e');
  const nodeIds = new Set(graph.nodes.map((n) => n.id));

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...[...nodeKeys, ...positionKeys, ...edgeKeys].map(keyLine),
    '  <graph id="parley" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    const at = positions.get(node.id);
    const values = { ...node.properties, label: node.label, kind: node.kind, ...at };
    lines.push(`    <node id="${escapeXml(node.id)}">`);
    lines.push(...dataLines([...nodeKeys, ...positionKeys], values));
    lines.push('    </node>');
  }
  for (const edge of graph.edges) {
    // An edge to a node outside the file would make it invalid.
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    const ends = `source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"`;
    lines.push(`    <edge id="${escapeXml(edge.id)}" ${ends}>`);
    lines.push(...dataLines(edgeKeys, { ...edge.properties, type: edge.type }));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
