import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getSubgraph, SUBGRAPH_MAX_IDS } from './get-subgraph';

const NO_TITLES: ReadonlyMap<string, string> = new Map();

/**
 * The titles of articles whose facts are on the canvas while the articles themselves are not,
 * so that the source-article filter names them instead of showing their ids.
 */
export function useArticleTitles(sortedArticleIds: readonly string[]): ReadonlyMap<string, string> {
  const ids = sortedArticleIds.slice(0, SUBGRAPH_MAX_IDS);
  const { data } = useQuery({
    queryKey: ['article-titles', ids] as const,
    queryFn: ({ signal }) => getSubgraph(ids, signal),
    enabled: ids.length > 0,
    staleTime: Infinity,
    // While the canvas grows, the titles already known stay up instead of flashing to ids.
    placeholderData: keepPreviousData,
    select: (answer) => new Map(answer.nodes.map((node) => [node.id, node.label])),
  });
  return data ?? NO_TITLES;
}
