import {
  FACT_SOURCES,
  NODE_KINDS,
  REL_TYPES,
  type FactSource,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
  type RelType,
  type ViewFilters,
} from '@parley/graph-schema';
import { factSource, statementNeedsReview, stringProp } from '../../../lib/graph-properties';
import type { VisibleGraph } from './visible-graph';

/** A dated fact passes when its day is in the range; an undated one unless undated are hidden. */
export function inDateRange(
  date: string | undefined,
  { dateFrom, dateTo, hideUndated }: ViewFilters,
): boolean {
  if (date === undefined) return !hideUndated;
  const day = date.slice(0, 10);
  return (dateFrom === null || day >= dateFrom) && (dateTo === null || day <= dateTo);
}

/** The article a node came from: itself for an article, its source for a statement. */
export function articleOf(node: GraphNode): string | undefined {
  if (node.kind === 'article') return node.id;
  return stringProp(node, 'articleId');
}

function sourceShown(item: GraphNode | GraphEdge, filters: ViewFilters): boolean {
  const source = factSource(item);
  return source === undefined || !filters.hiddenSources.includes(source);
}

export function nodePassesFilters(node: GraphNode, filters: ViewFilters): boolean {
  if (filters.hiddenKinds.includes(node.kind)) return false;
  if (!sourceShown(node, filters)) return false;
  const lang = stringProp(node, 'lang');
  if (lang !== undefined && filters.hiddenLangs.includes(lang)) return false;
  const article = articleOf(node);
  if (article !== undefined && filters.hiddenArticleIds.includes(article)) return false;
  if (node.kind === 'statement' && !inDateRange(stringProp(node, 'date'), filters)) return false;
  if (filters.needsReviewOnly && node.kind === 'statement' && !statementNeedsReview(node))
    return false;
  return true;
}

export function edgePassesFilters(edge: GraphEdge, filters: ViewFilters): boolean {
  if (filters.hiddenRelTypes.includes(edge.type)) return false;
  if (!sourceShown(edge, filters)) return false;
  if (edge.type === 'MEETS_WITH') {
    const article = stringProp(edge, 'articleId');
    if (article !== undefined && filters.hiddenArticleIds.includes(article)) return false;
    if (!inDateRange(stringProp(edge, 'date'), filters)) return false;
  }
  return true;
}

export function applyFilters(graph: VisibleGraph, filters: ViewFilters): VisibleGraph {
  const nodes = graph.nodes.filter((node) => nodePassesFilters(node, filters));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter(
    (edge) => kept.has(edge.source) && kept.has(edge.target) && edgePassesFilters(edge, filters),
  );
  return { nodes, edges, parentOf: graph.parentOf };
}

export function hasActiveFilters(filters: ViewFilters): boolean {
  return (
    filters.hiddenKinds.length > 0 ||
    filters.hiddenRelTypes.length > 0 ||
    filters.hiddenLangs.length > 0 ||
    filters.hiddenArticleIds.length > 0 ||
    filters.hiddenSources.length > 0 ||
    filters.dateFrom !== null ||
    filters.dateTo !== null ||
    filters.hideUndated ||
    filters.needsReviewOnly
  );
}

export function countKinds(nodes: readonly { kind: NodeKind }[]): Record<NodeKind, number> {
  const kinds = zeroes(NODE_KINDS);
  nodes.forEach((node) => (kinds[node.kind] += 1));
  return kinds;
}

export type FacetCounts = {
  kinds: Record<NodeKind, number>;
  relTypes: Record<RelType, number>;
  langs: { lang: string; count: number }[];
  articles: { id: string; label: string; count: number }[];
  /** Nodes by provenance, like the other node counts (the filter hides edges of it too). */
  sources: Record<FactSource, number>;
  /** Earliest and latest dated fact, when any fact has a date. */
  dateExtent: { min: string; max: string } | null;
  /** The day of every dated statement and meeting, sorted: the timeline's histogram. */
  factDays: string[];
  /** Statements and meetings without a date: in no range, shown or hidden by one switch. */
  undatedFacts: number;
  /** Statements no person has vouched for yet. */
  needsReview: number;
};

const zeroes = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * How many canvas elements each filter value stands for, before filtering, so counts stay
 * readable. `titles` names articles that are not on the canvas themselves.
 */
export function countFacets(
  graph: Pick<VisibleGraph, 'nodes' | 'edges'>,
  titles: ReadonlyMap<string, string> = new Map(),
): FacetCounts {
  const kinds = zeroes(NODE_KINDS);
  const relTypes = zeroes(REL_TYPES);
  const sources = zeroes(FACT_SOURCES);
  const langs = new Map<string, number>();
  const articles = new Map<string, { label: string; count: number }>();
  const dates: string[] = [];
  let undatedFacts = 0;
  let needsReview = 0;
  const articleLabel = new Map(
    graph.nodes.filter((n) => n.kind === 'article').map((n) => [n.id, n.label]),
  );

  for (const node of graph.nodes) {
    kinds[node.kind] += 1;
    const source = factSource(node);
    if (source) sources[source] += 1;
    const lang = stringProp(node, 'lang');
    if (lang) langs.set(lang, (langs.get(lang) ?? 0) + 1);
    const article = articleOf(node);
    if (article) {
      const entry = articles.get(article) ?? {
        label: articleLabel.get(article) ?? titles.get(article) ?? article.replace(/^article:/, ''),
        count: 0,
      };
      entry.count += 1;
      articles.set(article, entry);
    }
    const date = node.kind === 'statement' ? stringProp(node, 'date') : undefined;
    if (date) dates.push(date.slice(0, 10));
    else if (node.kind === 'statement') undatedFacts += 1;
    if (statementNeedsReview(node)) needsReview += 1;
  }
  for (const edge of graph.edges) {
    relTypes[edge.type] += 1;
    const date = edge.type === 'MEETS_WITH' ? stringProp(edge, 'date') : undefined;
    if (date) dates.push(date.slice(0, 10));
    else if (edge.type === 'MEETS_WITH') undatedFacts += 1;
  }
  dates.sort();
  const min = dates[0];
  const max = dates[dates.length - 1];
  return {
    kinds,
    relTypes,
    langs: [...langs].map(([lang, count]) => ({ lang, count })).sort((a, b) => b.count - a.count),
    articles: [...articles]
      .map(([id, v]) => ({ id, ...v }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    sources,
    dateExtent: min !== undefined && max !== undefined ? { min, max } : null,
    factDays: dates,
    undatedFacts,
    needsReview,
  };
}
