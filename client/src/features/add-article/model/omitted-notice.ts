import type { ArticlePreviewResponse } from '@parley/graph-schema';
import { pluralise } from '../../../lib/plural';

type Omitted = NonNullable<ArticlePreviewResponse['omitted']>;

const KIND_WORDS: Record<keyof Omitted, [one: string, many: string]> = {
  statements: ['statement', 'statements'],
  meetings: ['meeting', 'meetings'],
  ambiguities: ['open question', 'open questions'],
};

/**
 * What a person must know when the server listed only part of a long article's facts: the rest
 * are neither shown nor written. Null when nothing was left out.
 */
export function omittedNotice(omitted: ArticlePreviewResponse['omitted']): string | null {
  if (!omitted) return null;
  const parts = (Object.keys(KIND_WORDS) as (keyof Omitted)[])
    .filter((kind) => omitted[kind] > 0)
    .map((kind) => {
      const n = omitted[kind];
      const [one, many] = KIND_WORDS[kind];
      return pluralise(n, `more ${one}`, `more ${many}`);
    });
  if (parts.length === 0) return null;
  const list =
    parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `This article is long: ${list} were found beyond what a preview lists. They are not shown and will not be written; split the article to review them.`;
}
