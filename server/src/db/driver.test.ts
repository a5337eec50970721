import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isUnavailable } from './driver';

const driverError = (message: string, code: string) =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('isUnavailable', () => {
  it('counts an outage and an exhausted connection pool, not a query error', () => {
    expect(isUnavailable(driverError('Could not connect', 'ServiceUnavailable'))).toBe(true);
    const exhausted = driverError(
      'Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
      'N/A',
    );
    expect(isUnavailable(exhausted)).toBe(true);
    expect(
      isUnavailable(driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError')),
    ).toBe(false);
    expect(isUnavailable(new Error('Connection acquisition timed out'))).toBe(false);
  });
});
