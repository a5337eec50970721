import type { ArticlePreviewResponse } from '@parley/graph-schema';
import { extractArticle, UnsupportedLanguageError, type ArticleInput } from '../extract-article';
import { KnownEntityIndex } from '../entities/known-entities';
import { toPreview } from '../preview';
import { knownFromOtherArticles, loadSeedGold } from './gold';
import type { NewsArticle } from './news-set';
import { scoreNewsArticle, type NewsScore } from './news-score';

export interface NewsResult {
  article: NewsArticle;
  score: NewsScore;
}

/**
 * Extracts each news article from its raw text, as `POST /api/articles/preview` would on a graph
 * holding the seed (what `npm start` serves, and what `score.mjs` is run against), and scores it.
 */
export function evaluateNewsSet(articles: NewsArticle[]): NewsResult[] {
  const known = new KnownEntityIndex(knownFromOtherArticles(loadSeedGold()));
  return articles.map((article) => {
    const { gold, text } = article;
    // No `lang`: the language is detected from the script, as for a pasted article.
    const input: ArticleInput = {
      text,
      ...(gold.url ? { url: gold.url } : {}),
      ...(gold.publisher ? { publisher: gold.publisher } : {}),
      ...(gold.date ? { publishedAt: gold.date } : {}),
    };
    return { article, score: scoreNewsArticle(article, previewOf(input, known)) };
  });
}

/** The preview the server would answer; a text in no readable language gets none (its 400). */
function previewOf(input: ArticleInput, known: KnownEntityIndex): ArticlePreviewResponse {
  try {
    return toPreview(extractArticle(input, known));
  } catch (error) {
    if (!(error instanceof UnsupportedLanguageError)) throw error;
    return {
      articleId: '',
      lang: 'en',
      facts: { statements: [], meetings: [], ambiguities: [] },
      parties: [],
    };
  }
}
