import type { IngestBundle } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, syntheticBundles } from '../../bench/synthetic-graph';
import { ingestBundles } from '../../src/db/queries/ingest';
import {
  getJson,
  postJson,
  resetToSeed,
  sendJson,
  startTestServer,
  type TestServer,
} from './harness';
import { derivedAndRecounted } from './recount';

const STATEMENTS = 400;
const EDITS = 80;
const SEED = Number(process.env.PARLEY_EDITS_SEED ?? 14);
const rng = seededRandom(SEED);

let server: TestServer;
let bundles: IngestBundle[];
beforeAll(async () => {
  server = await startTestServer(undefined, {
    rateLimits: { writesPerMinute: 100_000, searchesPerMinute: 100_000 },
  });
  await resetToSeed(server.db);
  bundles = [...syntheticBundles({ statements: STATEMENTS, seed: SEED })];
  await ingestBundles(server.db, bundles);
});
afterAll(() => server.close());

const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const some = <T>(items: readonly T[], most: number) => [
  ...new Set(Array.from({ length: Math.floor(rng() * (most + 1)) }, () => pick(items))),
];
const url = (...parts: string[]) => `/api/${parts.map(encodeURIComponent).join('/')}`;

async function ids(cypher: string): Promise<string[]> {
  const result = await server.db.read(cypher);
  return result.records.map((r) => r.get('id') as string);
}

const statements = () => ids('MATCH (s:Statement) RETURN s.id AS id ORDER BY id');
const actors = () => ids('MATCH (a:Actor) RETURN a.id AS id ORDER BY id');
const meetings = () => ids('MATCH ()-[m:MEETS_WITH]->() RETURN m.id AS id ORDER BY id');
const articles = () => ids('MATCH (a:Article) RETURN a.id AS id ORDER BY id');
const edits = () => ids('MATCH (e:Edit) RETURN e.id AS id ORDER BY id');

/** One random change through the API; answers its status and what was tried. */
const CHANGES: (() => Promise<[number, string]>)[] = [
  async () => {
    const [id, parties] = [pick(await statements()), await actors()];
    const body = {
      speakerIds: [pick(parties), ...some(parties, 1)],
      addresseeIds: some(parties, 2),
    };
    return [
      (await sendJson(server.baseUrl, 'PATCH', url('statements', id), body)).status,
      `patch ${id}`,
    ];
  },
  async () => {
    const id = pick(await statements());
    return [
      (await sendJson(server.baseUrl, 'DELETE', url('statements', id))).status,
      `delete ${id}`,
    ];
  },
  async () => {
    const id = pick(await meetings());
    return [(await sendJson(server.baseUrl, 'DELETE', url('meetings', id))).status, `delete ${id}`];
  },
  async () => {
    const id = pick(await actors());
    const body = { name: `Renamed ${Math.floor(rng() * 1e6)}` };
    return [
      (await sendJson(server.baseUrl, 'PATCH', url('parties', id), body)).status,
      `rename ${id}`,
    ];
  },
  async () => {
    const parties = await actors();
    const [id, into] = [pick(parties), pick(parties)];
    const { status } = await postJson(server.baseUrl, url('parties', id, 'merge'), { into });
    return [id === into ? (status === 409 ? 200 : status) : status, `merge ${id} into ${into}`];
  },
  async () => {
    const id = pick(await articles());
    return [(await sendJson(server.baseUrl, 'DELETE', url('articles', id))).status, `delete ${id}`];
  },
  async () => {
    const id = pick(await edits());
    const { status } = await postJson(server.baseUrl, url('edits', id, 'revert'), {});
    // An edit later ones depend on, or one reverted already, stays: that is a right answer.
    return [status === 409 ? 200 : status, `revert ${id}`];
  },
  async () => {
    const bundle = pick(bundles);
    const { status, body } = await postJson(server.baseUrl, '/api/bundles', bundle);
    return [status, `ingest ${bundle.article.id} ${JSON.stringify(body).slice(0, 300)}`];
  },
];

describe('after a random sequence of edits', () => {
  it('who-said-what counts and degrees equal a full recount after each one', async () => {
    const done: string[] = [];
    for (let i = 0; i < EDITS; i++) {
      const [status, what] = await pick(CHANGES)();
      done.push(`${what}: ${status}`);
      expect(status, done.join('\n')).toBe(200);
      const { derived, recounted } = await derivedAndRecounted(server.db);
      expect(derived, done.join('\n')).toEqual(recounted);
    }
    const log = await getJson<{ edits: unknown[] }>(server.baseUrl, '/api/edits?limit=200');
    expect(log.body.edits.length).toBeGreaterThan(EDITS / 2);
  });
});
