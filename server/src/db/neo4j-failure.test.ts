import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { unavailability } from './neo4j-failure';

const driverError = (message: string, code: string) =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('unavailability', () => {
  it('calls an outage down', () => {
    expect(unavailability(driverError('Could not connect', 'ServiceUnavailable'))).toBe('down');
    expect(unavailability(driverError('Gone', 'SessionExpired'))).toBe('down');
  });

  it('calls a query stopped at its memory or time budget over budget, never a conflict', () => {
    const pool = driverError(
      'The allocation of an extra 2.0 MiB would use more than the limit 171.8 MiB. dbms.memory.transaction.total.max threshold reached',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    );
    expect(unavailability(pool)).toBe('over-memory');
    const oneTransaction = driverError(
      'db.memory.transaction.max threshold reached',
      'Neo.TransientError.General.TransactionMemoryLimit',
    );
    expect(unavailability(oneTransaction)).toBe('over-memory');
    const timedOut = driverError(
      'The transaction has not completed within the timeout specified at its start by the client.',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    );
    expect(unavailability(timedOut)).toBe('over-time');
    // What Neo4j 5.26 answers a transaction stopped by db.transaction.timeout, too, and older servers.
    const serverTimeout = driverError(
      'The transaction has not completed within the specified timeout (db.transaction.timeout).',
      'Neo.ClientError.Transaction.TransactionTimedOut',
    );
    expect(unavailability(serverTimeout)).toBe('over-time');
  });

  it('calls an exhausted connection pool and too many transactions overloaded', () => {
    const exhausted = driverError(
      'Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
      'N/A',
    );
    expect(unavailability(exhausted)).toBe('overloaded');
    const tooMany = driverError(
      'Unable to start new transaction since the maximum number of concurrently executing transactions is reached',
      'Neo.TransientError.Transaction.MaximumTransactionLimitReached',
    );
    expect(unavailability(tooMany)).toBe('overloaded');
  });

  it('calls a deadlock that outlasted the retries busy', () => {
    const deadlock = driverError(
      'ForsetiClient[transactionId=12] cannot acquire ExclusiveLock',
      'Neo.TransientError.Transaction.DeadlockDetected',
    );
    expect(unavailability(deadlock)).toBe('busy');
  });

  it('calls a write stopped at its budget while it waited for a lock busy, not a server error', () => {
    const stopped = driverError(
      'The transaction has been terminated. The transaction has been terminated, so no more locks can be acquired. This can occur because the transaction ran longer than the configured transaction timeout',
      'Neo.ClientError.Transaction.LockClientStopped',
    );
    expect(unavailability(stopped)).toBe('busy');
  });

  it("leaves query errors and errors that are not the driver's alone", () => {
    expect(
      unavailability(driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError')),
    ).toBeUndefined();
    expect(unavailability(new Error('Connection acquisition timed out'))).toBeUndefined();
  });
});
