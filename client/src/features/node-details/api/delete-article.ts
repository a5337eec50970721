import { articleRemovalResponseSchema, type ArticleRemovalResponse } from '@parley/graph-schema';
import { deleteJson, pathSegment } from '../../../lib/api-client';
import { useGraphWrite } from '../../../lib/use-graph-write';

/** Removes an article and every fact only it reports, in one transaction. */
export function deleteArticle(id: string, token: string): Promise<ArticleRemovalResponse> {
  return deleteJson(`/articles/${pathSegment(id)}`, articleRemovalResponseSchema, { token });
}

export const useDeleteArticle = (onDeleted: (result: ArticleRemovalResponse) => void) =>
  useGraphWrite(deleteArticle, onDeleted);
