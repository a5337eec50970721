import { NAME_SEARCH_INDEX, STATEMENT_SEARCH_INDEX, type SearchResult } from '@parley/graph-schema';
import type { Node } from 'neo4j-driver';
import type { Db } from '../driver';
import { int, toGraphNode } from '../convert';
import { buildFulltextQuery, bestMatch } from '../fulltext-query';
import type { ReadQuery } from './read-query';

/** Names first, then what was said: a person outranks every statement that mentions them. */
const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes($names, $query, {limit: $limit}) YIELD node, score
  RETURN node, score, 0 AS tier
  UNION ALL
  CALL db.index.fulltext.queryNodes($statements, $query, {limit: $limit}) YIELD node, score
  RETURN node, score, 1 AS tier
}
RETURN node, score
ORDER BY tier, score DESC
LIMIT $limit`;

/** The search for `q`, or none when `q` holds nothing to search for. */
export function searchRead(q: string, limit: number): ReadQuery | undefined {
  const query = buildFulltextQuery(q);
  if (query === '') return undefined;
  return {
    cypher: SEARCH,
    params: {
      names: NAME_SEARCH_INDEX,
      statements: STATEMENT_SEARCH_INDEX,
      query,
      limit: int(limit),
    },
  };
}

/** Names, aliases in any script and statement text, best first. */
export async function search(db: Db, q: string, limit: number): Promise<SearchResult[]> {
  const read = searchRead(q, limit);
  if (!read) return [];
  const result = await db.read(read.cypher, read.params);
  return result.records.map((record) => {
    const raw = record.get('node') as Node;
    const node = toGraphNode(raw, { omitArticleText: true });
    const props = raw.properties;
    const candidates =
      node.kind === 'statement'
        ? [String(props.text), String(props.summaryEn ?? '')]
        : [...((props.aliases as string[] | undefined) ?? []), String(props.title ?? '')];
    return {
      id: node.id,
      kind: node.kind,
      label: node.label,
      matched: bestMatch(q, candidates) ?? node.label,
      score: record.get('score') as number,
    };
  });
}
