import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isUnavailable } from './driver';

describe('isUnavailable', () => {
  it('counts an outage and an exhausted connection pool, not a query error', () => {
    expect(isUnavailable(new Neo4jError('Could not connect', 'ServiceUnavailable'))).toBe(true);
    const exhausted = new Neo4jError(
      'Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
      'N/A',
    );
    expect(isUnavailable(exhausted)).toBe(true);
    expect(
      isUnavailable(new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError')),
    ).toBe(false);
    expect(isUnavailable(new Error('Connection acquisition timed out'))).toBe(false);
  });
});
