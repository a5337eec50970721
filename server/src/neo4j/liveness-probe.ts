import neo4j, { type Driver } from 'neo4j-driver';

/** Asks one Neo4j whether it answers; `close` lets go of its connections. */
export type LivenessProbe = {
  /** Resolves once Neo4j answered `RETURN 1`; may reject, or never settle when Neo4j hangs. */
  check(): Promise<void>;
  close(): void;
};

/** Neo4j's own limit for the probe's query: a live Neo4j answers `RETURN 1` in milliseconds. */
const PROBE_TRANSACTION_TIMEOUT_MS = 2_000;
/** Connections the probe may hold: one per probe left hanging by a Neo4j that stopped answering. */
const PROBE_POOL_SIZE = 8;

/**
 * A probe over its own driver (not the server's), so it neither waits behind the reads' pool nor
 * takes their connections, and a hung Neo4j leaves only the probe's connections hanging.
 */
export function boltLivenessProbe(uri: string, timeoutMs: number): LivenessProbe {
  const driver: Driver = neo4j.driver(uri, undefined, {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: PROBE_POOL_SIZE,
  });
  return {
    async check() {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        await session.run('RETURN 1', {}, { timeout: PROBE_TRANSACTION_TIMEOUT_MS });
      } finally {
        // Not awaited: on a hung Neo4j, closing waits for an answer that never comes.
        void session.close().catch(() => {});
      }
    },
    close() {
      void driver.close().catch(() => {});
    },
  };
}
