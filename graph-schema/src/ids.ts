import type { NodeKind } from './model';

/**
 * Ids are derived from names, so ingesting the same thing twice changes nothing and two
 * articles naming the same person meet on one node. Latin names lose case and diacritics;
 * other scripts keep their letters.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const SLUG = '[\\p{L}\\p{M}\\p{N}]+(?:-[\\p{L}\\p{M}\\p{N}]+)*';

export const ID_PATTERNS: Record<NodeKind | 'meeting', RegExp> = {
  actor: new RegExp(`^actor:${SLUG}$`, 'u'),
  institution: new RegExp(`^institution:${SLUG}$`, 'u'),
  article: new RegExp(`^article:${SLUG}$`, 'u'),
  statement: new RegExp(`^statement:${SLUG}:${SLUG}$`, 'u'),
  meeting: new RegExp(`^meeting:${SLUG}:${SLUG}$`, 'u'),
};

export const actorId = (name: string) => `actor:${slugify(name)}`;
export const institutionId = (name: string) => `institution:${slugify(name)}`;
export const articleId = (slug: string) => `article:${slugify(slug)}`;

function articleSlug(ofArticleId: string): string {
  return ofArticleId.replace(/^article:/, '');
}

/** A statement is identified by its article and a key unique within it (curated name or offsets). */
export const statementId = (ofArticleId: string, key: string) =>
  `statement:${articleSlug(ofArticleId)}:${slugify(key)}`;

export const meetingId = (ofArticleId: string, key: string) =>
  `meeting:${articleSlug(ofArticleId)}:${slugify(key)}`;

export function kindOfId(id: string): NodeKind | undefined {
  const colon = id.indexOf(':');
  if (colon < 0) return undefined;
  const prefix = id.slice(0, colon);
  return (['actor', 'institution', 'statement', 'article'] as const).find((k) => k === prefix);
}
