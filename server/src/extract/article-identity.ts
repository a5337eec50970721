import { createHash } from 'node:crypto';
import { articleId, slugify } from '@parley/graph-schema';

const SLUG_WORDS = 8;
const TITLE_MAX_CHARS = 120;
const HASH_CHARS = 10;

/** A title for an article sent without one: its first line, cut at a word. */
export function defaultTitle(text: string): string {
  const firstLine = text.trim().split('\n')[0]!.trim();
  if (firstLine.length <= TITLE_MAX_CHARS) return firstLine;
  const cut = firstLine.slice(0, TITLE_MAX_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/**
 * The same text (with the same title) always gets the same id, so sending an article twice
 * changes nothing; the hash keeps two articles with one headline apart.
 */
export function articleIdFor(title: string, text: string): string {
  const slug = slugify(title).split('-').slice(0, SLUG_WORDS).join('-') || 'article';
  const hash = createHash('sha256').update(text).digest('hex').slice(0, HASH_CHARS);
  return articleId(`${slug}-${hash}`);
}
