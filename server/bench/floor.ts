import type { Db } from '../src/db/driver';
import { int } from '../src/db/convert';

const ROUNDS = 6;
const ROWS_PER_ROUND = 10_000;

/**
 * The fastest this Neo4j writes here: bare CREATEs of nodes and relationships in UNWIND batches,
 * with no MERGE, no index lookups beyond the node ids and no property logic. Warm-up rounds
 * are discarded; the floor nodes are deleted afterwards.
 */
export async function measureFloor(db: Db) {
  let elements = 0;
  let ms = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const startedMs = performance.now();
    await db.writeTransaction(async (tx) => {
      await tx.run(
        `UNWIND range(1, $n) AS i
         CREATE (a:BenchFloor {id: $round + ':' + i, text: 'floor'})-[:FLOOR]->(b:BenchFloor {id: $round + ':b' + i})`,
        { n: int(ROWS_PER_ROUND / 2), round: String(round) },
      );
    });
    if (round >= 2) {
      ms += performance.now() - startedMs;
      elements += (ROWS_PER_ROUND / 2) * 3;
    }
  }
  for (let deleted = 1; deleted > 0;) {
    const result = await db.write(
      'MATCH (n:BenchFloor) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
    );
    deleted = Number(result.records[0]?.get('deleted') ?? 0);
  }
  return { elementsPerSecond: Math.round(elements / (ms / 1000)), elements };
}
