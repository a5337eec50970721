import type { IngestBundle } from '@parley/graph-schema';

type Detail = { path: string; message: string };

/**
 * Statements and meetings of `bundle` whose id names another article. A statement or meeting id
 * carries its article (`statement:<article>:<key>`), and a bundle creates or changes only its
 * own article's facts: another article's statements are referred to (`respondsTo`), never
 * rewritten.
 */
export function foreignFacts(bundle: IngestBundle): Detail[] {
  const slug = bundle.article.id.replace(/^article:/, '');
  const articleOf = (id: string) => `article:${id.split(':')[1] ?? ''}`;
  const foreign = (kind: 'statement' | 'meeting', ids: string[], field: string): Detail[] =>
    ids.flatMap((id, i) =>
      id.startsWith(`${kind}:${slug}:`)
        ? []
        : [
            {
              path: `${field}.${i}.id`,
              message: `${id} is a ${kind} of ${articleOf(id)}, not of ${bundle.article.id}`,
            },
          ],
    );
  return [
    ...foreign(
      'statement',
      bundle.statements.map((s) => s.id),
      'statements',
    ),
    ...foreign(
      'meeting',
      bundle.meetings.map((m) => m.id),
      'meetings',
    ),
  ];
}
