import { extractArticle } from '../extract-article';
import { KnownEntityIndex, type KnownEntity } from '../entities/known-entities';
import type { ArticleLanguage } from '@parley/graph-schema';
import { knownFromOtherArticles, type GoldArticle } from './gold';
import { scoreArticle, type ArticleScore } from './score';

export type KnownMode = 'other-articles' | 'nothing';

export interface ArticleResult {
  article: GoldArticle;
  score: ArticleScore;
}

/**
 * Extracts every article from its raw text alone (its own annotation is never an input) and scores
 * it. With 'other-articles', names resolve against what the other annotated articles would have
 * put in the graph; with 'nothing', against an empty graph.
 */
export function evaluate(
  articles: GoldArticle[],
  universe: GoldArticle[],
  mode: KnownMode,
): ArticleResult[] {
  return articles.map((article) => {
    const known: KnownEntity[] =
      mode === 'nothing' ? [] : knownFromOtherArticles(universe, article);
    const extraction = extractArticle(
      {
        text: article.text,
        lang: article.lang as ArticleLanguage,
        ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      },
      new KnownEntityIndex(known),
    );
    // Statements left with several candidate speakers are found, though not written: the
    // annotations list them with the same candidates.
    const found = {
      ...extraction.bundle,
      statements: [...extraction.bundle.statements, ...extraction.unresolved],
    };
    return { article, score: scoreArticle(article, found) };
  });
}
