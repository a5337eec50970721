import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { ClientGoneError, DatabaseUnavailableError } from '../errors';
import { unavailability } from './neo4j-failure';
import { GateRefusedError, ReadGate } from './read-gate';
import { currentRequestSignal } from './request-signal';
import { disableNagleForDriverSockets } from './tcp-no-delay';

export type Neo4jTarget = { uri: string; username?: string; password?: string; database?: string };

const CONNECTION_TIMEOUT_MS = 5_000;
const CONNECTION_ACQUISITION_TIMEOUT_MS = 10_000;
/** Short retries: a write should fail with 503 quickly, not hang while Neo4j is down. */
const MAX_TRANSACTION_RETRY_MS = 3_000;
/**
 * Reads in Neo4j at once: enough to keep its cores busy while answers travel, few enough that
 * their memory stays far below the budget. A read waits at most READ_QUEUE_WAIT_MS for a slot
 * and runs at most READ_TIMEOUT_MS, so its client has an answer within about five seconds.
 */
const READ_SLOTS = 16;
const READ_QUEUE_WAIT_MS = 1_500;
const READ_TIMEOUT_MS = 3_000;
const PING_TIMEOUT_MS = 2_000;
/**
 * What Neo4j gives one write transaction: the largest bundle (20,000 statements) commits in 13 s
 * here on a quiet machine (105 s on a store without the schema's indexes), with room for a
 * loaded one; a runaway write cannot hold its locks (and the ingest queue) for longer. Neo4j's
 * own backstop for transactions that ask for no timeout is shorter (10 s for the embedded one),
 * so every write asks for this explicitly.
 */
export const WRITE_TIMEOUT_MS = 5 * 60_000;
/** Schema changes and one-off backfills over a whole graph, at start: index builds take minutes. */
export const SCHEMA_TIMEOUT_MS = 15 * 60_000;

type Params = Record<string, unknown>;
/**
 * `metadata` names the transaction in Neo4j's `SHOW TRANSACTIONS`; `timeoutMs` is how long Neo4j
 * lets it run (WRITE_TIMEOUT_MS unless said).
 */
export type WriteOptions = { metadata?: Record<string, string>; timeoutMs?: number };
export type WriteTx = { run(cypher: string, params?: Params): Promise<QueryResult> };

/** What a driver error becomes: a DatabaseUnavailableError when Neo4j may recover, else itself. */
function translated(err: unknown): unknown {
  const reason = unavailability(err);
  return reason ? new DatabaseUnavailableError(reason, (err as Error).message) : err;
}

/**
 * The one door to Neo4j: reads take a slot, run under a time budget and stop when their client
 * goes away; writes run as one managed transaction; failures Neo4j may recover from become
 * DatabaseUnavailableError, with a write's outcome reported unknown when it was lost in its commit.
 */
export class Db {
  private readonly readGate = new ReadGate(READ_SLOTS, READ_QUEUE_WAIT_MS);

  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    readonly uri: string,
  ) {}

  static connect(target: Neo4jTarget): Db {
    disableNagleForDriverSockets();
    // No password means a server without auth, such as the embedded one on loopback.
    const auth =
      target.username && target.password
        ? neo4j.auth.basic(target.username, target.password)
        : undefined;
    const driver = neo4j.driver(target.uri, auth, {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      connectionAcquisitionTimeout: CONNECTION_ACQUISITION_TIMEOUT_MS,
      maxTransactionRetryTime: MAX_TRANSACTION_RETRY_MS,
      disableLosslessIntegers: false,
    });
    return new Db(driver, target.database, target.uri);
  }

  /**
   * One auto-commit read, not retried: a read Neo4j refused for its budget would only cost as
   * much again. Cancelled (and its transaction terminated) when the request's client goes away.
   */
  async read(cypher: string, params: Params = {}): Promise<QueryResult> {
    const signal = currentRequestSignal();
    let release: () => void;
    try {
      release = await this.readGate.enter(signal);
    } catch (err) {
      if (err instanceof GateRefusedError && err.refusal === 'full')
        throw new DatabaseUnavailableError('overloaded', err.message);
      throw new ClientGoneError();
    }
    try {
      return await this.run(cypher, params, READ_TIMEOUT_MS, signal);
    } finally {
      release();
    }
  }

  /** Whether Neo4j answers, without waiting for a read slot: health must not queue behind load. */
  async ping(): Promise<void> {
    await this.run('RETURN 1', {}, PING_TIMEOUT_MS);
  }

  private async run(
    cypher: string,
    params: Params,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<QueryResult> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.READ,
      ...(this.database ? { database: this.database } : {}),
    });
    // Closing the session resets its connection, which terminates the transaction in Neo4j.
    const cancel = () => void session.close();
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      return await session.run(cypher, params, { timeout: timeoutMs });
    } catch (err) {
      if (signal?.aborted) throw new ClientGoneError();
      throw translated(err);
    } finally {
      signal?.removeEventListener('abort', cancel);
      await session.close();
    }
  }

  /**
   * Runs `work` in one write transaction: everything it writes commits together or not at all,
   * within its time budget (see WriteOptions). The driver retries it on a
   * lost connection; if one attempt got as far as its commit and the last one failed for Neo4j
   * being gone, nobody can say whether it was stored, and the error says exactly that.
   */
  async writeTransaction<T>(
    work: (tx: WriteTx) => Promise<T>,
    options: WriteOptions = {},
  ): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
    let reachedCommit = false;
    try {
      return await session.executeWrite(
        async (tx: ManagedTransaction) => {
          const result = await work(tx);
          reachedCommit = true;
          return result;
        },
        {
          ...(options.metadata ? { metadata: options.metadata } : {}),
          timeout: options.timeoutMs ?? WRITE_TIMEOUT_MS,
        },
      );
    } catch (err) {
      if (reachedCommit && unavailability(err) === 'down')
        throw new DatabaseUnavailableError('outcome-unknown', (err as Error).message);
      throw translated(err);
    } finally {
      await session.close();
    }
  }

  write(cypher: string, params: Params = {}, options: WriteOptions = {}): Promise<QueryResult> {
    return this.writeTransaction((tx) => tx.run(cypher, params), options);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
