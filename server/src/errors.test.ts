import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, errorHandler } from './errors';

let server: ReturnType<express.Express['listen']>;
let baseUrl: string;

beforeAll(async () => {
  const app = express();
  app.get('/down', () => {
    throw new DatabaseUnavailableError('down', 'Could not connect to 127.0.0.1:7687');
  });
  app.get('/busy', () => {
    throw new DatabaseUnavailableError('busy', 'DeadlockDetected');
  });
  app.get('/over-memory', () => {
    throw new DatabaseUnavailableError('over-memory', 'MemoryPoolOutOfMemoryError');
  });
  app.get('/outcome-unknown', () => {
    throw new DatabaseUnavailableError('outcome-unknown', 'Connection lost during commit');
  });
  app.use(errorHandler(() => {}));
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('errorHandler', () => {
  it('answers 503 for a database that is down or busy, and says which', async () => {
    const down = await fetch(`${baseUrl}/down`);
    const busy = await fetch(`${baseUrl}/busy`);
    expect([down.status, busy.status]).toEqual([503, 503]);
    expect((await down.json()).error).toEqual({
      code: 'neo4j_unavailable',
      message: 'Neo4j is unavailable; try again shortly',
    });
    expect((await busy.json()).error).toEqual({
      code: 'neo4j_unavailable',
      message: 'Neo4j is busy with conflicting writes; try again shortly',
    });
  });

  it('answers 503 that says so for a query over budget, never "conflicting writes"', async () => {
    const res = await fetch(`${baseUrl}/over-memory`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    const { error } = await res.json();
    expect(error.code).toBe('neo4j_over_budget');
    expect(error.message).toMatch(/more memory than Neo4j allows/);
  });

  it('says a write lost in its commit may or may not be stored', async () => {
    const res = await fetch(`${baseUrl}/outcome-unknown`);
    expect(res.status).toBe(503);
    const { error } = await res.json();
    expect(error.code).toBe('write_outcome_unknown');
    expect(error.message).toMatch(/may or may not be stored/);
  });
});
