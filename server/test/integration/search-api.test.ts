import { searchResponseSchema, type SearchResponse } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, resetToSeed, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetToSeed(server.db);
});
afterAll(() => server.close());

async function search(q: string) {
  const { status, body } = await getJson<SearchResponse>(
    server.baseUrl,
    `/api/search?q=${encodeURIComponent(q)}`,
  );
  expect(status).toBe(200);
  return searchResponseSchema.parse(body).results;
}

const firstParty = async (q: string) =>
  (await search(q)).find((r) => r.kind === 'actor' || r.kind === 'institution');

describe('search that forgives', () => {
  it.each([
    ['Cyrillic', 'Захарова', 'actor:maria-zakharova'],
    ['Cyrillic, both names', 'Мария Захарова', 'actor:maria-zakharova'],
    ['Telugu', 'జఖరోవా', 'actor:maria-zakharova'],
    ['Hangul, as Korean writes a Russian name', '자하로바', 'actor:maria-zakharova'],
    ['Hangul, a Korean name', '윤석열', 'actor:yoon-suk-yeol'],
    ['Hangul, another romanisation', '임수석', 'actor:lim-soo-suk'],
    ['Greek, letter by letter', 'Ζαχάροβα', 'actor:maria-zakharova'],
    ['a one-edit typo', 'Zaharova', 'actor:maria-zakharova'],
    ['a two-edit typo', 'Zakarowa', 'actor:maria-zakharova'],
    ['a transposition', 'Rudneko', 'actor:andrey-rudenko'],
    ['a typo in one of two words', 'Vladimr Putin', 'actor:vladimir-putin'],
  ])('%s: %s finds %s first', async (_how, q, id) => {
    expect((await firstParty(q))?.id).toBe(id);
  });

  it('says which spelling matched', async () => {
    const [first] = await search('Захарова');
    expect(first?.matched).toBe('Maria Zakharova');
  });

  it('puts the exact name before names a typo away', async () => {
    const results = await search('Kim Gunn');
    expect(results[0]?.id).toBe('actor:kim-gunn');
  });

  it('puts a prefix match before a typo match', async () => {
    // "Rus" starts Russia; "Rudenko" is not a typo of it: short words get no edits at all.
    const results = await search('Russia');
    expect(results[0]?.id).toBe('institution:russia');
  });

  it.each(['Gorbachev', 'Xqzvbnm', 'Кузнецов', '박근혜'])(
    '%s matches no party, however forgiving',
    async (q) => {
      expect(await firstParty(q)).toBeUndefined();
    },
  );

  it('gives short words no edits: Kim finds the Kims, not Lim', async () => {
    const parties = (await search('Kim')).filter((r) => r.kind === 'actor');
    expect(parties.length).toBeGreaterThan(0);
    expect(parties.every((r) => r.label.startsWith('Kim'))).toBe(true);
  });
});
