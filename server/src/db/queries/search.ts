import { NAME_SEARCH_INDEX, STATEMENT_SEARCH_INDEX, type SearchResult } from '@parley/graph-schema';
import type { Node } from 'neo4j-driver';
import type { Db } from '../driver';
import { int, toGraphNode, toNumber } from '../convert';
import { latinSpellings } from '../../extract/names/latin-spellings';
import { buildFulltextQuery, buildNameQuery, bestMatch } from '../fulltext-query';
import { rankName } from '../name-rank';
import type { ReadQuery } from './read-query';

/**
 * Names first, then what was said: a person outranks every statement that mentions them. Names
 * forgive typos and other scripts; statement text is matched as typed.
 */
const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes($names, $nameQuery, {limit: $limit}) YIELD node, score
  RETURN node, score, 0 AS tier
  UNION ALL
  CALL db.index.fulltext.queryNodes($statements, $statementQuery, {limit: $limit}) YIELD node, score
  RETURN node, score, 1 AS tier
}
RETURN node, score, tier
ORDER BY tier, score DESC
LIMIT $limit`;

/** The search for `q`, or none when `q` holds nothing to search for. */
export function searchRead(q: string, limit: number): ReadQuery | undefined {
  const statementQuery = buildFulltextQuery(q);
  if (statementQuery === '') return undefined;
  return {
    cypher: SEARCH,
    params: {
      names: NAME_SEARCH_INDEX,
      statements: STATEMENT_SEARCH_INDEX,
      nameQuery: buildNameQuery(q, latinSpellings(q)),
      statementQuery,
      limit: int(limit),
    },
  };
}

const NAME_TIER = 0;

/**
 * Names, aliases in any script and statement text, best first: names by how they matched (exact,
 * by words, by sound, a typo away), then by score.
 */
export async function search(db: Db, q: string, limit: number): Promise<SearchResult[]> {
  const read = searchRead(q, limit);
  if (!read) return [];
  const forms = [q, ...latinSpellings(q)];
  const result = await db.read(read.cypher, read.params);
  const ranked = result.records.map((record) => {
    const raw = record.get('node') as Node;
    const node = toGraphNode(raw, { omitArticleText: true });
    const props = raw.properties;
    const isName = toNumber(record.get('tier')) === NAME_TIER;
    const candidates = isName
      ? [...((props.aliases as string[] | undefined) ?? []), String(props.title ?? '')]
      : [String(props.text), String(props.summaryEn ?? '')];
    const found: SearchResult = {
      id: node.id,
      kind: node.kind,
      label: node.label,
      matched: firstMatch(forms, candidates) ?? node.label,
      score: record.get('score') as number,
    };
    return { found, order: isName ? rankName(forms, candidates) : Number.POSITIVE_INFINITY };
  });
  // Array sort is stable: equal ranks keep the index's score order.
  return ranked.sort((a, b) => a.order - b.order).map((r) => r.found);
}

const firstMatch = (forms: readonly string[], candidates: readonly string[]) =>
  forms.map((form) => bestMatch(form, candidates)).find((m) => m !== undefined);
