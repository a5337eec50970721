import {
  LABEL_BY_KIND,
  PATH_LIMITS,
  PATH_REL_TYPES,
  kindOfId,
  type GraphPath,
  type PathQuery,
} from '@parley/graph-schema';
import type { Node } from 'neo4j-driver';
import { notFound } from '../../errors';
import type { Db } from '../driver';
import { labelledNodeById } from './node-by-id';
import type { ReadQuery } from './read-query';
import { toEdges, toNodes } from './subgraph';

const PATH_RELS = PATH_REL_TYPES.join('|');

/**
 * The party an id names (a merged id names the one it went into), whichever label its prefix
 * says; absent when the graph holds none.
 */
function partyLookup(id: string, param: string, variable: string, scope: string): string {
  const kind = kindOfId(id);
  if (kind !== 'actor' && kind !== 'institution') throw notFound(`Party ${id}`);
  return `OPTIONAL ${labelledNodeById(LABEL_BY_KIND[kind], `$${param}`, variable, scope).trim()}`;
}

/**
 * Up to PATH_LIMITS.paths shortest chains between the two, shortest first, through statements,
 * meetings and affiliations, never through articles. Neo4j's SHORTEST searches from both ends
 * at once. The hop bound is a validated integer of 1 to 6 written into the pattern (Cypher takes
 * no parameter there); the ids are parameters.
 */
export function pathRead({ from, to, maxHops }: PathQuery): ReadQuery {
  const hops = Math.max(1, Math.min(PATH_LIMITS.maxHops, Math.trunc(maxHops)));
  const cypher = `
${partyLookup(from, 'from', 'a', '')}
${partyLookup(to, 'to', 'b', 'a')}
CALL (a, b) {
  MATCH p = SHORTEST ${PATH_LIMITS.paths} (a)-[:${PATH_RELS}]-{1,${hops}}(b)
  WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  RETURN collect({
    nodes: nodes(p),
    rels: [r IN relationships(p) | {rel: r, source: startNode(r).id, target: endNode(r).id}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths`;
  return { cypher, params: { from, to } };
}

type PathRow = { nodes: Node[]; rels: Parameters<typeof toEdges>[0] };

/** The shortest chains between two parties; 404 names the one the graph does not hold. */
export async function getPaths(db: Db, query: PathQuery): Promise<GraphPath[]> {
  const { cypher, params } = pathRead(query);
  const record = (await db.read(cypher, params)).records[0];
  if (!record?.get('fromFound')) throw notFound(`Party ${query.from}`);
  if (!record.get('toFound')) throw notFound(`Party ${query.to}`);
  const rows = record.get('paths') as PathRow[];
  return rows
    .map((row) => ({ nodes: toNodes(row.nodes), edges: toEdges(row.rels) }))
    .sort((p, q) => p.edges.length - q.edges.length);
}
