import { readFileSync } from 'node:fs';
import {
  ingestBundleSchema,
  type IngestBundle,
  type IngestBundleInput,
} from '@parley/graph-schema';
import { ARTICLES_DIR, BUNDLES_DIR, SEED_FILES, fileIn, readArticleText } from './files';

/** Ids of the seed articles; the server seeds a database that holds none of them. */
export const SEED_ARTICLE_IDS: readonly (typeof SEED_FILES)[number]['articleId'][] = SEED_FILES.map(
  (f) => f.articleId,
);

/**
 * A bundle as stored in `seed/bundles/`: an ingest bundle whose `article.text` is replaced by
 * `article.textFile`, the name of a file in `seed/articles/`, so the text lives once, verbatim.
 */
export type SeedBundleFile = Omit<IngestBundleInput, 'article'> & {
  article: Omit<IngestBundleInput['article'], 'text'> & { textFile: string };
};

/** The folders the seed is read from; tests point them elsewhere. */
export interface SeedDirs {
  bundlesDir: string;
  articlesDir: string;
}

const DEFAULT_DIRS: SeedDirs = { bundlesDir: BUNDLES_DIR, articlesDir: ARTICLES_DIR };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Turns the parsed JSON of one bundle file into a validated ingest bundle, injecting the article
 * text. Throws an error naming the file and the path of every problem.
 */
export function parseSeedBundle(
  bundleFile: string,
  json: unknown,
  readText: (textFile: string) => string,
): IngestBundle {
  const fail = (path: string, message: string): never => {
    throw new Error(`Invalid seed bundle ${bundleFile}: ${path}: ${message}`);
  };
  if (!isRecord(json)) return fail('(root)', 'must be a JSON object');
  const { article } = json;
  if (!isRecord(article)) return fail('article', 'must be an object');
  const { textFile, ...articleFields } = article;
  if (typeof textFile !== 'string' || textFile === '')
    return fail('article.textFile', 'must name a file in seed/articles');
  if ('text' in articleFields)
    return fail('article.text', 'must not be set; the loader reads it from article.textFile');

  let text: string;
  try {
    text = readText(textFile);
  } catch (err) {
    return fail('article.textFile', `cannot read ${textFile}: ${(err as Error).message}`);
  }
  const result = ingestBundleSchema.safeParse({ ...json, article: { ...articleFields, text } });
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`Invalid seed bundle ${bundleFile}: ${issues.join('; ')}`);
  }
  return result.data;
}

/** Reads one bundle file from the bundles folder and its article text from the articles folder. */
export function loadSeedBundle(bundleFile: string, dirs: SeedDirs = DEFAULT_DIRS): IngestBundle {
  const path = fileIn(dirs.bundlesDir, bundleFile);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`Cannot read seed bundle ${bundleFile}: ${(err as Error).message}`);
  }
  return parseSeedBundle(bundleFile, json, (textFile) =>
    readArticleText(textFile, dirs.articlesDir),
  );
}

/** The curated seed bundles, validated and with their article text, in SEED_ARTICLE_IDS order. */
export function loadSeedBundles(dirs: SeedDirs = DEFAULT_DIRS): IngestBundle[] {
  return SEED_FILES.map(({ bundleFile, articleId }) => {
    const bundle = loadSeedBundle(bundleFile, dirs);
    if (bundle.article.id !== articleId)
      throw new Error(
        `Invalid seed bundle ${bundleFile}: article.id: expected ${articleId}, found ${bundle.article.id}`,
      );
    return bundle;
  });
}
