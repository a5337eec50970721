import {
  articleIngestResponseSchema,
  articlePreviewResponseSchema,
  type ArticleIngestResponse,
  type ArticlePreviewResponse,
  type ArticleRequest,
} from '@parley/graph-schema';
import { postJson } from '../../../lib/api-client';

/** What the extractor would write for this article; writes nothing. */
export function previewArticle(article: ArticleRequest): Promise<ArticlePreviewResponse> {
  return postJson('/articles/preview', article, articlePreviewResponseSchema);
}

/** Extracts and writes the article in one transaction; needs the server's write token. */
export function addArticle(article: ArticleRequest, token: string): Promise<ArticleIngestResponse> {
  return postJson('/articles', article, articleIngestResponseSchema, { token });
}
