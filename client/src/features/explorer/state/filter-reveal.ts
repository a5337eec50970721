import type { GraphNode, ViewFilters } from '@parley/graph-schema';
import { factSource, statementNeedsReview, stringProp } from '../../../lib/graph-properties';
import { articleOf, inDateRange } from './filters';

const without = <T>(list: readonly T[], value: T | undefined) => list.filter((v) => v !== value);

/** What in `filters` hides `node`, in words: empty when it passes. */
export function filtersHiding(node: GraphNode, filters: ViewFilters): string[] {
  const reasons: string[] = [];
  if (filters.hiddenKinds.includes(node.kind)) reasons.push(`kind (${node.kind})`);
  const source = factSource(node);
  if (source !== undefined && filters.hiddenSources.includes(source))
    reasons.push(`provenance (${source})`);
  const lang = stringProp(node, 'lang');
  if (lang !== undefined && filters.hiddenLangs.includes(lang)) reasons.push(`language (${lang})`);
  const article = articleOf(node);
  if (article !== undefined && filters.hiddenArticleIds.includes(article))
    reasons.push('source article');
  if (node.kind === 'statement') {
    const date = stringProp(node, 'date');
    if (!inDateRange(date, filters)) reasons.push(date === undefined ? 'undated hidden' : 'dates');
    if (filters.needsReviewOnly && !statementNeedsReview(node)) reasons.push('needs review only');
  }
  return reasons;
}

/** The smallest change of `filters` that shows `node`: each filter that hides it, undone. */
export function filtersShowing(node: GraphNode, filters: ViewFilters): Partial<ViewFilters> {
  const change: Partial<ViewFilters> = {
    hiddenKinds: without(filters.hiddenKinds, node.kind),
    hiddenSources: without(filters.hiddenSources, factSource(node)),
    hiddenLangs: without(filters.hiddenLangs, stringProp(node, 'lang')),
    hiddenArticleIds: without(filters.hiddenArticleIds, articleOf(node)),
  };
  if (node.kind === 'statement') {
    const date = stringProp(node, 'date');
    if (date === undefined && filters.hideUndated) change.hideUndated = false;
    if (date !== undefined && !inDateRange(date, filters)) {
      change.dateFrom = null;
      change.dateTo = null;
    }
    if (filters.needsReviewOnly && !statementNeedsReview(node)) change.needsReviewOnly = false;
  }
  return change;
}
