import type { IngestBundleInput } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, resetToSeed, sendJson, startTestServer, type TestServer } from './harness';
import { derivedAndRecounted } from './recount';
import { startServerProcess } from './server-process';

const TOKEN = 'delete-crash-token';
const ARTICLE = 'article:delete-crash-test';
const STATEMENTS = 5_000;
const ACTORS = 200;
/** How often Neo4j is asked whether the delete is under way: it may take well under a second. */
const POLL_MS = 10;

/** One article with thousands of statements, speakers shared with the seed's Zakharova. */
function largeBundle(): IngestBundleInput {
  const text = 'Officials traded warnings all week.';
  const actors = [
    ...Array.from({ length: ACTORS }, (_, i) => ({
      id: `actor:delete-crash-${i}`,
      name: `Delete Crash ${i}`,
    })),
    { id: 'actor:maria-zakharova', name: 'Maria Zakharova' },
  ];
  return {
    version: 1,
    source: 'curated',
    article: { id: ARTICLE, title: 'Delete crash test', lang: 'en', text },
    actors,
    statements: Array.from({ length: STATEMENTS }, (_, i) => ({
      id: `statement:delete-crash-test:${i}`,
      speakers: [actors[i % ACTORS]!.id],
      addressees: [actors[(i * 7 + 3) % actors.length]!.id],
      text: `warning number ${i}`,
      lang: 'en',
      direct: false,
      evidence: { start: 0, end: text.length },
      respondsTo: i > 0 && i % 3 === 0 ? [`statement:delete-crash-test:${i - 1}`] : [],
    })),
  };
}

let reader: TestServer;
beforeAll(async () => {
  reader = await startTestServer();
  await resetToSeed(reader.db);
  expect((await postJson(reader.baseUrl, '/api/bundles', largeBundle())).status).toBe(200);
});
afterAll(() => reader.close());

async function count(cypher: string): Promise<number> {
  const result = await reader.db.read(cypher, { id: ARTICLE });
  return Number(result.records[0]?.get('n'));
}

/** What a delete left: the article and its statements, or its tombstone and its edit. */
const state = async () => ({
  articles: await count('MATCH (a:Article {id: $id}) RETURN count(a) AS n'),
  statements: await count('MATCH (s:Statement {articleId: $id}) RETURN count(s) AS n'),
  tombstones: await count('MATCH (t:Tombstone {id: $id}) RETURN count(t) AS n'),
  edits: await count("MATCH (e:Edit {kind: 'article.delete'}) RETURN count(e) AS n"),
});

const deleteUnderWay = async () => {
  const result = await reader.db.read('SHOW TRANSACTIONS YIELD metaData RETURN metaData');
  return result.records.some(
    (r) => (r.get('metaData') as Record<string, unknown>).parley === 'article.delete',
  );
};

describe('the server killed with SIGKILL in the middle of deleting a 5,000-statement article', () => {
  it('leaves all of it or none of it, and deleting again finishes the job', async () => {
    const { server, exited, baseUrl } = await startServerProcess(TOKEN);
    let answered = false;
    const answer = sendJson(
      baseUrl,
      'DELETE',
      `/api/articles/${encodeURIComponent(ARTICLE)}`,
      undefined,
      {
        authorization: `Bearer ${TOKEN}`,
      },
    ).then(
      (res) => ((answered = true), res),
      (err: Error) => err,
    );
    while (!answered && !(await deleteUnderWay())) await new Promise((r) => setTimeout(r, POLL_MS));
    expect(answered, 'the delete finished before it was seen under way').toBe(false);
    server.kill('SIGKILL');
    await exited;
    expect(await answer).toBeInstanceOf(Error);

    const afterKill = await state();
    expect([
      { articles: 1, statements: STATEMENTS, tombstones: 0, edits: 0 },
      { articles: 0, statements: 0, tombstones: 1, edits: 1 },
    ]).toContainEqual(afterKill);
    const { derived, recounted } = await derivedAndRecounted(reader.db);
    expect(derived).toEqual(recounted);

    const again = await sendJson(
      reader.baseUrl,
      'DELETE',
      `/api/articles/${encodeURIComponent(ARTICLE)}`,
    );
    expect(again.status).toBe(afterKill.articles === 1 ? 200 : 404);
    expect(await state()).toEqual({ articles: 0, statements: 0, tombstones: 1, edits: 1 });
    const after = await derivedAndRecounted(reader.db);
    expect(after.derived).toEqual(after.recounted);
  });
});
