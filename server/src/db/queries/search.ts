import { SEARCH_INDEX, type SearchResult } from '@parley/graph-schema';
import type { Node } from 'neo4j-driver';
import type { Db } from '../driver';
import { int, toGraphNode } from '../convert';
import { buildFulltextQuery, bestMatch } from '../fulltext-query';

const SEARCH = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: $limit})
YIELD node, score
RETURN node, score`;

/** Names, aliases in any script and statement text, best first. */
export async function search(db: Db, q: string, limit: number): Promise<SearchResult[]> {
  const query = buildFulltextQuery(q);
  if (query === '') return [];
  const result = await db.read(SEARCH, { index: SEARCH_INDEX, query, limit: int(limit) });
  return result.records.map((record) => {
    const raw = record.get('node') as Node;
    const node = toGraphNode(raw, { omitArticleText: true });
    const candidates = [
      ...((raw.properties.aliases as string[] | undefined) ?? []),
      String(raw.properties.text ?? ''),
      String(raw.properties.summaryEn ?? ''),
    ];
    return {
      id: node.id,
      kind: node.kind,
      label: node.label,
      matched: bestMatch(q, candidates) ?? node.label,
      score: record.get('score') as number,
    };
  });
}
