import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders of the seed package, resolved from this module rather than from the working directory. */
export const ARTICLES_DIR = fileURLToPath(new URL('../articles/', import.meta.url));
export const BUNDLES_DIR = fileURLToPath(new URL('../bundles/', import.meta.url));

/** The seed articles: their ids, the files holding their text and their curated bundles. */
export const SEED_FILES = [
  {
    articleId: 'article:te-seoul-warns-moscow',
    textFile: 'te-seoul-warns-moscow.txt',
    bundleFile: 'te-seoul-warns-moscow.json',
  },
  {
    articleId: 'article:en-rudenko-seoul-talks',
    textFile: 'en-rudenko-seoul-talks.txt',
    bundleFile: 'en-rudenko-seoul-talks.json',
  },
] as const;

/** Joins a plain file name to a folder, refusing names that would leave it. */
export function fileIn(dir: string, fileName: string): string {
  if (fileName !== basename(fileName) || fileName.startsWith('.'))
    throw new Error(`"${fileName}" must be a plain file name inside ${dir}`);
  return join(dir, fileName);
}

/** The raw text of a seed article, exactly as stored (offsets into it are evidence). */
export function readArticleText(textFile: string, dir: string = ARTICLES_DIR): string {
  return readFileSync(fileIn(dir, textFile), 'utf8');
}
