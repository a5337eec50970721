import neo4j, { isNode, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import {
  KIND_BY_LABEL,
  type GraphEdge,
  type GraphNode,
  type NodeLabel,
  type RelType,
} from '@parley/graph-schema';

type Scalar = string | number | boolean;
type JsonProperty = Scalar | null | Scalar[];

/** Internal properties kept for indexing only; clients never see them. */
const HIDDEN_PROPERTIES = new Set(['searchNames', 'degree']);

/** Whole numbers for SKIP, LIMIT and slices: plain JS numbers would travel as floats. */
export const int = (value: number) => neo4j.int(value);

/** Neo4j integers become JS numbers deliberately: every count and offset here fits in 2^53. */
export function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? value.toNumber() : Number(value);
}

function toJsonProperty(value: unknown): JsonProperty {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map((v) => toJsonProperty(v) as Scalar);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value === null || value === undefined) return null;
  return String(value);
}

function toJsonProperties(props: Record<string, unknown>, omit: ReadonlySet<string>) {
  const out: Record<string, JsonProperty> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!HIDDEN_PROPERTIES.has(key) && !omit.has(key)) out[key] = toJsonProperty(value);
  }
  return out;
}

const STATEMENT_LABEL_WORDS = 8;

/** "Speaker: first words…", the label a person can read on the canvas. */
export function statementLabel(speakerNames: readonly string[], text: string): string {
  const words = text
    .replace(/^["“'‘]+/, '')
    .split(/\s+/)
    .filter(Boolean);
  const head = words.slice(0, STATEMENT_LABEL_WORDS).join(' ');
  const ellipsis = words.length > STATEMENT_LABEL_WORDS ? '…' : '';
  const speaker = speakerNames.length > 0 ? speakerNames.join(' / ') : 'Unknown speaker';
  return `${speaker}: ${head}${ellipsis}`;
}

function nodeLabelText(label: NodeLabel, props: Record<string, unknown>): string {
  switch (label) {
    case 'Statement':
      return statementLabel(
        (props.speakerNames as string[] | undefined) ?? [],
        String(props.text ?? ''),
      );
    case 'Article':
      return String(props.title ?? props.id);
    default:
      return String(props.name ?? props.id);
  }
}

export type NodeMapOptions = { omitArticleText?: boolean };

export function toGraphNode(node: Node, options: NodeMapOptions = {}): GraphNode {
  const label = node.labels.find((l): l is NodeLabel => l in KIND_BY_LABEL);
  if (!label) throw new Error(`Node ${String(node.properties.id)} has no Parley label`);
  const omit = new Set(options.omitArticleText && label === 'Article' ? ['text'] : []);
  return {
    id: String(node.properties.id),
    kind: KIND_BY_LABEL[label],
    label: nodeLabelText(label, node.properties),
    properties: toJsonProperties(node.properties, omit),
  };
}

/** Edge ids are stable across sessions: MEETS_WITH carries its own id, other types are unique per pair. */
export function toGraphEdge(rel: Relationship, sourceId: string, targetId: string): GraphEdge {
  const ownId = rel.properties.id;
  return {
    id: typeof ownId === 'string' ? ownId : `${rel.type}:${sourceId}->${targetId}`,
    type: rel.type as RelType,
    source: sourceId,
    target: targetId,
    properties: toJsonProperties(rel.properties, new Set()),
  };
}

export { isNode, isRelationship };
