import { Neo4jError } from 'neo4j-driver';
import type { DatabaseUnavailableError } from '../errors';

const OVER_MEMORY =
  /^Neo\.TransientError\.General\.(MemoryPoolOutOfMemoryError|TransactionMemoryLimit|TransactionOutOfMemoryError|OutOfMemoryError)$/;
const OVER_TIME =
  /^Neo\.ClientError\.Transaction\.(TransactionTimedOut|TransactionTimedOutClientConfiguration)$/;
const TOO_MANY_TRANSACTIONS = 'Neo.TransientError.Transaction.MaximumTransactionLimitReached';
const CONFLICT = /^Neo\.TransientError\.Transaction\./;
/**
 * A write stopped while it waited for a lock another transaction held: its budget ran out
 * behind a conflicting write (Neo4j 5.26 says this, not TransactionTimedOut, for a lock wait).
 */
const STOPPED_WAITING_FOR_LOCK = 'Neo.ClientError.Transaction.LockClientStopped';
/** The pool had no connection free within its timeout; the driver gives this one no code. */
const POOL_EXHAUSTED = 'Connection acquisition timed out';

/**
 * Why Neo4j could not serve a request that may succeed if sent again, or undefined for errors
 * that will not: `down` for connection-level failures; `over-memory` and `over-time` for a
 * transaction Neo4j stopped at its memory or time budget; `overloaded` for more work at once
 * than Neo4j or the connection pool take; `busy` for a conflict with another transaction (a
 * deadlock, a lock timeout) that outlasted the driver's retries.
 */
export function unavailability(err: unknown): DatabaseUnavailableError['reason'] | undefined {
  if (!(err instanceof Neo4jError)) return undefined;
  const { code } = err;
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable'
  )
    return 'down';
  if (OVER_MEMORY.test(code)) return 'over-memory';
  if (OVER_TIME.test(code)) return 'over-time';
  if (code === TOO_MANY_TRANSACTIONS || err.message.startsWith(POOL_EXHAUSTED)) return 'overloaded';
  if (CONFLICT.test(code) || code === STOPPED_WAITING_FOR_LOCK) return 'busy';
  return err.retriable ? 'overloaded' : undefined;
}
