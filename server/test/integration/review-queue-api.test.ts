import { articleId, type IngestBundleInput, type ReviewQueueResponse } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getJson,
  postJson,
  resetToSeed,
  sendJson,
  startTestServer,
  type TestServer,
} from './harness';

const ARTICLE = articleId('review-queue-wire');
const TEXT =
  'Lavrov said talks must go on. Choe replied that they would. Either Lavrov or Choe added more. Lavrov closed.';
const ZAKHAROVA = 'actor:maria-zakharova';
const RUDENKO = 'actor:andrey-rudenko';
const statementId = (key: string) => `statement:review-queue-wire:${key}`;
const slice = (words: string) => ({
  start: TEXT.indexOf(words),
  end: TEXT.indexOf(words) + words.length,
});

const EXTRACTED: IngestBundleInput = {
  version: 1,
  source: 'extracted',
  article: { id: ARTICLE, title: 'Wire copy', lang: 'en', text: TEXT },
  actors: [
    { id: ZAKHAROVA, name: 'Maria Zakharova' },
    { id: RUDENKO, name: 'Andrey Rudenko' },
  ],
  statements: [
    {
      id: statementId('sure-old'),
      speakers: [ZAKHAROVA],
      addressees: [RUDENKO],
      text: 'talks must go on',
      lang: 'en',
      direct: false,
      date: '2024-05-01',
      datePrecision: 'day',
      evidence: slice('Lavrov said talks must go on.'),
      confidence: 0.6,
    },
    {
      id: statementId('sure-new'),
      speakers: [RUDENKO],
      text: 'they would',
      lang: 'en',
      direct: false,
      date: '2024-06-01',
      datePrecision: 'day',
      evidence: slice('Choe replied that they would.'),
      confidence: 0.6,
    },
    {
      id: statementId('open'),
      speakers: [ZAKHAROVA, RUDENKO],
      text: 'more',
      lang: 'en',
      direct: false,
      evidence: slice('Either Lavrov or Choe added more.'),
      ambiguity: { field: 'speaker', candidates: [ZAKHAROVA, RUDENKO], note: 'Either of them' },
      confidence: 0.9,
    },
    {
      id: statementId('undated'),
      speakers: [ZAKHAROVA],
      text: 'closed',
      lang: 'en',
      direct: false,
      evidence: slice('Lavrov closed.'),
      confidence: 0.6,
    },
    {
      id: statementId('confident'),
      speakers: [ZAKHAROVA],
      text: 'talks',
      lang: 'en',
      direct: false,
      date: '2024-07-01',
      datePrecision: 'day',
      evidence: slice('talks must'),
      confidence: 0.95,
    },
  ],
};

let server: TestServer;
let seedAmbiguous: string[];
beforeAll(async () => {
  server = await startTestServer();
  await resetToSeed(server.db);
  const seed = await server.db.read(
    `MATCH (s:Statement) WHERE s.ambiguous = true RETURN s.id AS id ORDER BY s.id`,
  );
  seedAmbiguous = seed.records.map((r) => r.get('id') as string);
  expect((await postJson(server.baseUrl, '/api/bundles', EXTRACTED)).status).toBe(200);
});
afterAll(() => server.close());

const queue = (query = '') =>
  getJson<ReviewQueueResponse>(server.baseUrl, `/api/review-queue${query}`);
const ids = (body: ReviewQueueResponse) => body.items.map((item) => item.statement.id);

describe('GET /api/review-queue', () => {
  it('walks the whole graph: uncertain speakers first, then least confident, then newest', async () => {
    const { status, body } = await queue('?limit=100');
    expect(status).toBe(200);
    const ours = ids(body).filter((id) => id.startsWith('statement:review-queue-wire:'));
    expect(ours).toEqual([
      statementId('open'),
      statementId('sure-new'),
      statementId('sure-old'),
      statementId('undated'),
      statementId('confident'),
    ]);
    // The seed's curated statements with an open speaker need eyes too; the rest do not.
    expect(
      ids(body)
        .filter((id) => !ours.includes(id))
        .sort(),
    ).toEqual(seedAmbiguous);
    expect(body.remaining).toBe(5 + seedAmbiguous.length);
    expect(body.truncated).toBe(false);
  });

  it('answers each statement with its people and its sentence', async () => {
    const { body } = await queue('?limit=100');
    const open = body.items.find((item) => item.statement.id === statementId('open'))!;
    expect(open.candidates.map((p) => p.id).sort()).toEqual([RUDENKO, ZAKHAROVA]);
    expect(open.sentence).toEqual({
      articleId: ARTICLE,
      articleTitle: 'Wire copy',
      ...slice('Either Lavrov or Choe added more.'),
      text: 'Either Lavrov or Choe added more.',
    });
    const old = body.items.find((item) => item.statement.id === statementId('sure-old'))!;
    expect(old.speakers).toEqual([{ id: ZAKHAROVA, kind: 'actor', label: 'Maria Zakharova' }]);
    expect(old.addressees.map((p) => p.id)).toEqual([RUDENKO]);
    expect(old.candidates).toEqual([]);
  });

  it('pages with limit and offset, counting all that are left', async () => {
    const all = ids((await queue('?limit=100')).body);
    const first = (await queue('?limit=2')).body;
    const second = (await queue('?limit=2&offset=2')).body;
    expect([...ids(first), ...ids(second)]).toEqual(all.slice(0, 4));
    expect(first.truncated).toBe(true);
    expect(second.remaining).toBe(all.length);
  });

  it('lets go of a statement once it is accepted or dropped', async () => {
    const before = (await queue('?limit=100')).body;
    const accepted = await sendJson(
      server.baseUrl,
      'PATCH',
      `/api/statements/${encodeURIComponent(statementId('sure-new'))}`,
      { speakerIds: [RUDENKO] },
    );
    expect(accepted.status).toBe(200);
    const dropped = await sendJson(
      server.baseUrl,
      'DELETE',
      `/api/statements/${encodeURIComponent(statementId('undated'))}`,
    );
    expect(dropped.status).toBe(200);
    const after = (await queue('?limit=100')).body;
    expect(after.remaining).toBe(before.remaining - 2);
    expect(ids(after)).not.toContain(statementId('sure-new'));
    expect(ids(after)).not.toContain(statementId('undated'));
  });

  it('refuses a bad page with a 400 naming the field', async () => {
    for (const [query, field] of [
      ['?limit=0', 'limit'],
      ['?limit=101', 'limit'],
      ['?offset=-1', 'offset'],
      ['?limit=many', 'limit'],
    ] as const) {
      const { status, body } = await getJson<{ error: { details: { path: string }[] } }>(
        server.baseUrl,
        `/api/review-queue${query}`,
      );
      expect(status, query).toBe(400);
      expect(body.error.details.map((d) => d.path)).toContain(field);
    }
  });
});
