import {
  FACT_SOURCES,
  needsReview,
  type FactSource,
  type GraphEdge,
  type GraphNode,
} from '@parley/graph-schema';

type WithProperties = Pick<GraphNode | GraphEdge, 'properties'>;

/** Typed reads of the loosely typed property bags the API sends. */
export function stringProp(item: WithProperties, key: string): string | undefined {
  const value = item.properties[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function numberProp(item: WithProperties, key: string): number | undefined {
  const value = item.properties[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function booleanProp(item: WithProperties, key: string): boolean {
  return item.properties[key] === true;
}

export function stringListProp(item: WithProperties, key: string): string[] {
  const value = item.properties[key];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/** The date a fact is about: statements and articles carry it under different names. */
export function factDate(node: GraphNode): string | undefined {
  return stringProp(node, 'date') ?? stringProp(node, 'publishedAt');
}

/** Whether a fact was curated by hand or extracted from raw text; undefined when not recorded. */
export function factSource(item: WithProperties): FactSource | undefined {
  const value = item.properties.source;
  return FACT_SOURCES.find((source) => source === value);
}

/** A statement no person has vouched for yet: extracted, or its speaker left open. */
export const statementNeedsReview = (node: GraphNode): boolean =>
  node.kind === 'statement' &&
  needsReview({ source: factSource(node), ambiguous: booleanProp(node, 'ambiguous') });
