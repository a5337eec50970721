import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { unavailability } from './driver';

const driverError = (message: string, code: string) =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('unavailability', () => {
  it('calls an outage and an exhausted connection pool down', () => {
    expect(unavailability(driverError('Could not connect', 'ServiceUnavailable'))).toBe('down');
    const exhausted = driverError(
      'Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
      'N/A',
    );
    expect(unavailability(exhausted)).toBe('down');
  });

  it('calls a deadlock that outlasted the retries busy', () => {
    const deadlock = driverError(
      'ForsetiClient[transactionId=12] cannot acquire ExclusiveLock',
      'Neo.TransientError.Transaction.DeadlockDetected',
    );
    expect(unavailability(deadlock)).toBe('busy');
  });

  it("leaves query errors and errors that are not the driver's alone", () => {
    expect(
      unavailability(driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError')),
    ).toBeUndefined();
    expect(unavailability(new Error('Connection acquisition timed out'))).toBeUndefined();
  });
});
