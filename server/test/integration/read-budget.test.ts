import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../../src/db/driver';
import { DatabaseUnavailableError } from '../../src/errors';
import { unavailability } from '../../src/db/neo4j-failure';
import { DEFAULT_TRANSACTION_TIMEOUT_MS } from '../../src/neo4j/embedded-neo4j';
import { transactionMemoryBudget } from '../../src/neo4j/memory-budget';
import { eventually, resetToSeed, startTestServer, type TestServer } from './harness';

/** The heap global-setup gives the suite's Neo4j. */
const SUITE_HEAP = '512m';
/** Minutes of work for Neo4j however fast the machine: only a budget ends it. */
const RUNAWAY = 'UNWIND range(1, 10000000000) AS x WITH x WHERE x = -1 RETURN count(*) AS hits';
/** Neo4j checks deadlines every 2 s (db.transaction.monitor.check.interval); slack for a busy machine. */
const MONITOR_SLACK_MS = 5_000;
const READ_BUDGET_MS = 3_000;

let driver: Driver;
let db: Db;
let server: TestServer;
/** Set to make the next read the API sends to Neo4j the runaway instead of its own query. */
let nextReadRunsAway = false;

beforeAll(async () => {
  driver = neo4j.driver(inject('neo4jUri'));
  db = Db.connect({ uri: inject('neo4jUri') });
  await resetToSeed(db);
  const read = db.read.bind(db);
  // The route, the gate, the driver's budget, Neo4j and the error mapping stay real; only the
  // Cypher of one read is swapped for one that never ends by itself.
  db.read = (cypher, params) => {
    const runaway = nextReadRunsAway;
    nextReadRunsAway = false;
    return read(runaway ? RUNAWAY : cypher, params);
  };
  server = await startTestServer(undefined, { db });
});
afterAll(async () => {
  await server.close();
  await db.close();
  await driver.close();
});

/** Neo4j's settings by name, as `SHOW SETTINGS` prints them. */
async function settings(...names: string[]): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(
    'SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value',
    { names },
  );
  return new Map(records.map((r) => [r.get('name') as string, r.get('value') as string]));
}

/** Bytes in a size as Neo4j prints one (256.00MiB, 307.20MiB, 0B). */
function bytesOf(printed: string): number {
  const match = /^([\d.]+)(B|KiB|MiB|GiB)$/.exec(printed);
  if (!match) throw new Error(`not a size: ${printed}`);
  const unit = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 }[match[2] as 'B'];
  return Number(match[1]) * unit;
}

const runawaysInNeo4j = async () => {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n',
    { marker: 'range(1, 10000000000)' },
  );
  return (records[0]?.get('n') as { toNumber(): number }).toNumber();
};

describe("Neo4j's own budget for every transaction", () => {
  it('is set: a time limit and memory limits per transaction and for all of them', async () => {
    const values = await settings(
      'db.transaction.timeout',
      'db.memory.transaction.max',
      'dbms.memory.transaction.total.max',
    );
    expect(values.get('db.transaction.timeout')).toBe(`${DEFAULT_TRANSACTION_TIMEOUT_MS / 1000}s`);
    const budget = transactionMemoryBudget(SUITE_HEAP);
    // Neo4j prints sizes to two decimals of their unit.
    expect(bytesOf(values.get('db.memory.transaction.max')!)).toBeCloseTo(
      budget.perTransactionBytes,
      -5,
    );
    expect(bytesOf(values.get('dbms.memory.transaction.total.max')!)).toBeCloseTo(
      budget.totalBytes,
      -5,
    );
  });

  it('stops a read that asked for no timeout at all, over Bolt', async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    const startedAt = Date.now();
    const error = await session.run(RUNAWAY).then(
      () => undefined,
      (err: unknown) => err,
    );
    const elapsedMs = Date.now() - startedAt;
    await session.close();
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toMatch(
      /^Neo\.ClientError\.Transaction\.TransactionTimedOut/,
    );
    expect(unavailability(error)).toBe('over-time');
    expect(elapsedMs).toBeGreaterThanOrEqual(DEFAULT_TRANSACTION_TIMEOUT_MS - 100);
    expect(elapsedMs).toBeLessThan(DEFAULT_TRANSACTION_TIMEOUT_MS + MONITOR_SLACK_MS);
    expect(await runawaysInNeo4j()).toBe(0);
  });
});

describe('a read over its budget, over HTTP', () => {
  it('answers 503 neo4j_over_budget that says the query took too long, and Neo4j stops it', async () => {
    nextReadRunsAway = true;
    const startedAt = Date.now();
    const res = await fetch(`${server.baseUrl}/api/search?q=Zakharova`);
    const elapsedMs = Date.now() - startedAt;
    const body = (await res.json()) as { error: { code: string; message: string } };

    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(body.error.code).toBe('neo4j_over_budget');
    expect(body.error.message).toMatch(/took longer than Neo4j allows/);
    expect(body.error.message).not.toMatch(/conflicting writes/);
    expect(elapsedMs).toBeGreaterThanOrEqual(READ_BUDGET_MS - 100);
    expect(elapsedMs).toBeLessThan(READ_BUDGET_MS + MONITOR_SLACK_MS);
    // Neo4j ended the transaction: nothing of it keeps running after the answer.
    await eventually(async () => (await runawaysInNeo4j()) === 0, 5_000);

    const next = await fetch(`${server.baseUrl}/api/search?q=Zakharova`);
    expect(next.status).toBe(200);
    const found = (await next.json()) as { results: { id: string }[] };
    expect(found.results[0]?.id).toBe('actor:maria-zakharova');
  });
});

describe('writes', () => {
  /** Holds the write lock of a probe node until released, as a slow writer would. */
  async function lockHeld() {
    await driver.executeQuery('MERGE (:BudgetProbe {id: 1})');
    const session = driver.session();
    const tx = await session.beginTransaction({ timeout: 60_000 });
    await tx.run('MATCH (p:BudgetProbe) SET p.heldAt = timestamp()');
    return {
      release: async () => {
        await tx.rollback();
        await session.close();
      },
    };
  }
  afterAll(async () => {
    await driver.executeQuery('MATCH (p:BudgetProbe) DELETE p');
  });

  it('ask for their own, longer budget: Neo4j lets one outlast its 10 s backstop', async () => {
    const lock = await lockHeld();
    const startedAt = Date.now();
    let settled = false;
    const write = db.write('MATCH (p:BudgetProbe) SET p.v = 2 RETURN p.v AS v').finally(() => {
      settled = true;
    });
    // Past the backstop (and its monitor's tick) the write is still waiting, not stopped.
    await eventually(
      async () => settled || Date.now() - startedAt > DEFAULT_TRANSACTION_TIMEOUT_MS + 3_000,
      DEFAULT_TRANSACTION_TIMEOUT_MS + MONITOR_SLACK_MS,
    );
    expect(settled).toBe(false);
    await lock.release();
    const result = await write;
    expect(result.records[0]?.get('v')).toEqual(neo4j.int(2));
  });

  it('stopped at their budget while waiting for a lock report Neo4j busy, not a server error', async () => {
    const lock = await lockHeld();
    try {
      const error = await db
        .write('MATCH (p:BudgetProbe) SET p.v = 3', {}, { timeoutMs: 1_000 })
        .then(
          () => undefined,
          (err: unknown) => err,
        );
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect((error as DatabaseUnavailableError).reason).toBe('busy');
    } finally {
      await lock.release();
    }
  });
});
