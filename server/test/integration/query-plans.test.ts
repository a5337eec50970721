import { SEED_ARTICLE_IDS } from '@parley/seed';
import type { ProfiledPlan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { syntheticBundles } from '../../bench/synthetic-graph';
import { Db } from '../../src/db/driver';
import { chainRead } from '../../src/db/queries/chain';
import { editsRead } from '../../src/db/queries/edit-log';
import { overviewRead } from '../../src/db/queries/graph';
import { articlesPresentRead, ingestBundles } from '../../src/db/queries/ingest';
import { knownEntitiesRead, statementsBySpeakersRead } from '../../src/db/queries/known-entities';
import { neighborhoodRead, nodeRead } from '../../src/db/queries/nodes';
import type { ReadQuery } from '../../src/db/queries/read-query';
import { reviewQueueRead } from '../../src/db/queries/review-queue';
import { partiesRead } from '../../src/db/queries/parties';
import { pathRead } from '../../src/db/queries/path';
import { searchRead } from '../../src/db/queries/search';
import { subgraphByIdsRead } from '../../src/db/queries/subgraph-by-ids';
import { missingNodesReads, viewRead } from '../../src/db/queries/views';
import { whoSaidWhatRead } from '../../src/db/queries/who-said-what';
import { resetToSeed } from './harness';

/** Enough statements that the planner weighs a scan against an index as it would on a big graph. */
const STATEMENTS = 10_000;
const ARTICLES_PER_TRANSACTION = 500;

/** Operators that read every node of a label, every node, or every relationship of a type. */
const FULL_SCAN =
  /^(AllNodesScan|NodeByLabelScan|(Union|Intersection|Subtraction)NodeByLabelsScan|(Directed|Undirected)(RelationshipTypeScan|AllRelationshipsScan|UnionRelationshipTypesScan))$/;

const ZAKHAROVA = 'actor:maria-zakharova';
const RUSSIAN_MINISTRY = 'institution:russian-foreign-ministry';
const SEED_ARTICLE = [...SEED_ARTICLE_IDS][0]!;
const NEIGHBORHOOD = { depth: 1, limit: 50, offset: 0 };

let db: Db;
let statementId: string;
let replyId: string;

beforeAll(async () => {
  db = Db.connect({ uri: inject('neo4jUri') });
  await resetToSeed(db);
  const bundles = [...syntheticBundles({ statements: STATEMENTS, seed: 3 })];
  for (let i = 0; i < bundles.length; i += ARTICLES_PER_TRANSACTION)
    await ingestBundles(db, bundles.slice(i, i + ARTICLES_PER_TRANSACTION));
  const statements = bundles.flatMap((b) => b.statements);
  statementId = statements[0]!.id;
  replyId = statements.find((s) => s.respondsTo.length > 0)!.id;
  await db.write('CALL db.resampleOutdatedIndexes()');
  await db.write('CALL db.awaitIndexes(300)');
  await db.write('CALL db.clearQueryCaches()');
});
afterAll(() => db.close());

type Operator = { name: string; details: string };

function operators(plan: ProfiledPlan): Operator[] {
  const name = plan.operatorType.split('@')[0]!;
  const details = String(plan.arguments.Details ?? '');
  return [{ name, details }, ...plan.children.flatMap(operators)];
}

/** The full scans in the plan of `read`, as `Operator details`. */
async function scansOf({ cypher, params }: ReadQuery): Promise<string[]> {
  const result = await db.read(`EXPLAIN ${cypher}`, params);
  return operators(result.summary.plan as ProfiledPlan)
    .filter(({ name }) => FULL_SCAN.test(name))
    .map(({ name, details }) => `${name} ${details}`);
}

/** Every read the API and the extraction run, with the parameters they send. */
function reads(): [string, ReadQuery][] {
  return [
    ['search', searchRead('Zakharova warned', 10)!],
    ['node: actor', nodeRead(ZAKHAROVA)],
    ['node: statement', nodeRead(statementId)],
    ['neighbourhood: actor', neighborhoodRead(ZAKHAROVA, NEIGHBORHOOD)],
    ['neighbourhood: institution', neighborhoodRead(RUSSIAN_MINISTRY, NEIGHBORHOOD)],
    ['neighbourhood: statement', neighborhoodRead(statementId, NEIGHBORHOOD)],
    ['neighbourhood: article', neighborhoodRead(SEED_ARTICLE, NEIGHBORHOOD)],
    ['neighbourhood: two hops', neighborhoodRead(ZAKHAROVA, { ...NEIGHBORHOOD, depth: 2 })],
    [
      'neighbourhood: by type',
      neighborhoodRead(ZAKHAROVA, { ...NEIGHBORHOOD, types: ['SAID', 'MEETS_WITH'] }),
    ],
    [
      'subgraph by ids',
      subgraphByIdsRead([ZAKHAROVA, RUSSIAN_MINISTRY, statementId, SEED_ARTICLE]),
    ],
    ['chain', chainRead(replyId)],
    ['who said what', whoSaidWhatRead(200)],
    ['graph overview', overviewRead(300)],
    ['saved view', viewRead('AAAAAAAAAAAAAAAAAAAAAA')],
    ...missingNodesReads([ZAKHAROVA, RUSSIAN_MINISTRY, statementId, SEED_ARTICLE]).reads.map(
      (read, i): [string, ReadQuery] => [`saved view: missing nodes ${i + 1}`, read],
    ),
    [
      'statements by speakers',
      statementsBySpeakersRead([ZAKHAROVA, RUSSIAN_MINISTRY], { exceptArticleId: SEED_ARTICLE }),
    ],
    ['seed present', articlesPresentRead([...SEED_ARTICLE_IDS])],
    ['edit log', editsRead(50, 100)],
    ['parties of reviewed facts', partiesRead([ZAKHAROVA, RUSSIAN_MINISTRY])],
    ['path', pathRead({ from: ZAKHAROVA, to: RUSSIAN_MINISTRY, maxHops: 6 })],
    ['review queue', reviewQueueRead({ limit: 20, offset: 40 })],
  ];
}

describe('query plans at scale', () => {
  it('no read scans a label, every node or a relationship type', async () => {
    const scans: Record<string, string[]> = {};
    for (const [name, read] of reads()) {
      const found = await scansOf(read);
      if (found.length > 0) scans[name] = found;
    }
    expect(scans).toEqual({});
  });

  it('only the names extraction resolves against read whole labels, and only theirs', async () => {
    // Extraction matches mentions against every actor and institution name. It reads them once
    // per process and keeps them current from its own writes, so this scan is not per request.
    for (const scan of await scansOf(knownEntitiesRead()))
      expect(scan).toMatch(/^NodeByLabelScan n:(Actor|Institution)$/);
  });
});
