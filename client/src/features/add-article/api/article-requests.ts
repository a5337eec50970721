import {
  articleIngestResponseSchema,
  articlePreviewResponseSchema,
  type ArticleIngestResponse,
  type ArticlePreviewResponse,
  type ArticleRequest,
  type ReviewedFacts,
} from '@parley/graph-schema';
import { postJson } from '../../../lib/api-client';

/** What the extractor would write for this article; writes nothing. */
export function previewArticle(article: ArticleRequest): Promise<ArticlePreviewResponse> {
  return postJson('/articles/preview', article, articlePreviewResponseSchema);
}

/**
 * Writes the article in one transaction, with the facts as a person reviewed them, or else as
 * extraction finds them; needs the server's write token.
 */
export function addArticle(
  article: ArticleRequest & { facts?: ReviewedFacts },
  token: string,
): Promise<ArticleIngestResponse> {
  return postJson('/articles', article, articleIngestResponseSchema, { token });
}
