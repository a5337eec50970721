import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
} from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors';
import { disableNagleForDriverSockets } from './tcp-no-delay';

export type Neo4jTarget = { uri: string; username?: string; password?: string; database?: string };

const CONNECTION_TIMEOUT_MS = 5_000;
const CONNECTION_ACQUISITION_TIMEOUT_MS = 10_000;
/** Short retries: a request should fail with 503 quickly, not hang while Neo4j is down. */
const MAX_TRANSACTION_RETRY_MS = 3_000;

type Params = Record<string, unknown>;
export type WriteTx = { run(cypher: string, params?: Params): Promise<QueryResult> };

/**
 * Why Neo4j could not serve a request that may succeed if sent again: `down` for connection-level
 * failures and a pool with no connection free within its timeout (the driver gives that one no
 * code), `busy` for transient errors of a reachable database (a deadlock with another
 * transaction, a lock timeout) that outlasted the driver's own retries. Undefined otherwise.
 */
export function unavailability(err: unknown): DatabaseUnavailableError['reason'] | undefined {
  if (!(err instanceof Neo4jError)) return undefined;
  const down =
    err.code === 'ServiceUnavailable' ||
    err.code === 'SessionExpired' ||
    err.code === 'Neo.TransientError.General.DatabaseUnavailable' ||
    err.message.startsWith('Connection acquisition timed out');
  if (down) return 'down';
  return err.retriable ? 'busy' : undefined;
}

function rethrow(err: unknown): never {
  const reason = unavailability(err);
  if (reason) throw new DatabaseUnavailableError(reason, (err as Error).message);
  throw err;
}

/**
 * The one door to Neo4j: reads go through read routing (followers in a cluster serve them),
 * writes run as one managed transaction, and connection failures become DatabaseUnavailableError.
 */
export class Db {
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

  async read(cypher: string, params: Params = {}): Promise<QueryResult> {
    try {
      return await this.driver.executeQuery(cypher, params, {
        routing: neo4j.routing.READ,
        ...(this.database ? { database: this.database } : {}),
      });
    } catch (err) {
      rethrow(err);
    }
  }

  /**
   * Runs `work` in one write transaction: everything it writes commits together or not at all.
   * `metadata` names the transaction in Neo4j's `SHOW TRANSACTIONS`.
   */
  async writeTransaction<T>(
    work: (tx: WriteTx) => Promise<T>,
    options: { metadata?: Record<string, string> } = {},
  ): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: neo4j.session.WRITE,
      ...(this.database ? { database: this.database } : {}),
    });
    try {
      return await session.executeWrite((tx: ManagedTransaction) => work(tx), options);
    } catch (err) {
      rethrow(err);
    } finally {
      await session.close();
    }
  }

  async write(cypher: string, params: Params = {}): Promise<QueryResult> {
    try {
      return await this.driver.executeQuery(cypher, params, {
        routing: neo4j.routing.WRITE,
        ...(this.database ? { database: this.database } : {}),
      });
    } catch (err) {
      rethrow(err);
    }
  }

  async ping(): Promise<void> {
    await this.read('RETURN 1');
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
