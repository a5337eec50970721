import { REL_TYPES } from '@parley/graph-schema';
import type { Db } from '../../src/db/driver';

type Counted = Record<string, number>;

async function countsOf(db: Db, cypher: string): Promise<Counted> {
  const result = await db.read(cypher);
  return Object.fromEntries(
    result.records.map((r) => [r.get('key') as string, Number(r.get('n'))]),
  );
}

/**
 * What ingest and edits keep derived, beside a full recount of the graph: who-said-what pair
 * counts and party degrees. Equal objects mean the derived data is true.
 */
export async function derivedAndRecounted(db: Db) {
  const [spokeTo, pairs, degrees, recountedDegrees] = await Promise.all([
    countsOf(db, `MATCH (p)-[w:SPOKE_TO]->(q) RETURN p.id + ' > ' + q.id AS key, w.count AS n`),
    countsOf(
      db,
      `MATCH (p)-[:SAID]->(s:Statement)-[:ADDRESSED_TO]->(q)
       RETURN p.id + ' > ' + q.id AS key, count(s) AS n`,
    ),
    countsOf(db, `MATCH (p:Actor|Institution) RETURN p.id AS key, p.degree AS n`),
    countsOf(
      db,
      `MATCH (p:Actor|Institution) RETURN p.id AS key, COUNT { (p)-[:${REL_TYPES.join('|')}]-() } AS n`,
    ),
  ]);
  return {
    derived: { spokeTo, degrees },
    recounted: { spokeTo: pairs, degrees: recountedDegrees },
  };
}
