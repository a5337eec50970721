import { NodeLabel } from '@parley/graph-schema';
import { runBatched, type IngestContext } from './ingest-batches';
import { addRefs } from './ingest-refs';
import type { SourceRows } from './ingest-rows';
import { sourceWins } from './source-precedence';

/** What the full-text name index reads: every spelling, joined (a full-text index reads strings). */
export const searchNamesOf = (aliases: string) => `reduce(s = '', a IN ${aliases} | s + a + ' | ')`;

const RETURN_REFS = (node: string, row: string) =>
  `RETURN collect(${row}.id) AS ids, collect(elementId(${node})) AS refs`;

/**
 * Aliases are merged, never replaced, so every spelling ever seen stays findable, except those a
 * person removed (`removedAliases`). They and the full-text `searchNames` are written only when
 * a new spelling arrives: rewriting them for every mention of a busy speaker would update the
 * full-text index for nothing.
 */
const MERGE_NAMED = (label: NodeLabel, extra: string) => `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
ON CREATE SET n.degree = 0
WITH n, row,
     ${sourceWins('n')} AS wins,
     reduce(acc = coalesce(n.aliases, []), a IN row.aliases + [row.name] |
            CASE WHEN a IN acc OR a IN coalesce(n.removedAliases, []) THEN acc ELSE acc + a END)
       AS aliases
SET n.name = CASE WHEN wins THEN row.name ELSE n.name END,
    n.source = CASE WHEN wins THEN $source ELSE n.source END,
    ${extra}
FOREACH (_ IN CASE WHEN aliases <> coalesce(n.aliases, []) THEN [1] ELSE [] END |
  SET n.aliases = aliases, n.searchNames = ${searchNamesOf('aliases')})
${RETURN_REFS('n', 'row')}`;

const MERGE_ACTORS = MERGE_NAMED(
  NodeLabel.Actor,
  `n.role = CASE WHEN wins AND row.role IS NOT NULL THEN row.role
                 WHEN n.correctedAt IS NOT NULL THEN n.role ELSE coalesce(n.role, row.role) END`,
);
const MERGE_INSTITUTIONS = MERGE_NAMED(
  NodeLabel.Institution,
  `n.kind = CASE WHEN wins THEN row.kind ELSE n.kind END`,
);

const MERGE_ARTICLES = `
UNWIND $rows AS article
MERGE (a:${NodeLabel.Article} {id: article.id})
SET a += article, a.source = $source,
    a.searchNames = a.title + coalesce(' | ' + a.publisher, '')
${RETURN_REFS('a', 'article')}`;

/** Articles, actors and institutions, everything else points at; their refs go to `refs`. */
export async function writeArticlesAndParties(ctx: IngestContext, rows: SourceRows): Promise<void> {
  const sent = [
    runBatched(ctx, MERGE_ARTICLES, rows.articles),
    runBatched(ctx, MERGE_ACTORS, rows.actors),
    runBatched(ctx, MERGE_INSTITUTIONS, rows.institutions),
  ];
  for (const results of await Promise.all(sent))
    for (const result of results) addRefs(ctx.refs, result);
}
