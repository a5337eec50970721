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
});
