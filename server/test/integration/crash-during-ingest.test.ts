import type { IngestBundle, IngestResponse } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, resetToSeed, startTestServer, type TestServer } from './harness';
import { startServerProcess } from './server-process';

const TOKEN = 'crash-test-token';
const STATEMENTS = 15_000;
const ACTORS = 300;
const POLL_MS = 20;

/** One article with thousands of statements: a write that takes a few seconds. */
function largeBundle(): IngestBundle {
  const text = 'Officials traded warnings all week.';
  const actors = Array.from({ length: ACTORS }, (_, i) => ({
    id: `actor:crash-speaker-${i}`,
    name: `Crash Speaker ${i}`,
    aliases: [],
    affiliations: [],
  }));
  return {
    version: 1,
    source: 'curated',
    article: { id: 'article:crash-test', title: 'Crash test', lang: 'en', text },
    actors,
    institutions: [],
    statements: Array.from({ length: STATEMENTS }, (_, i) => ({
      id: `statement:crash-test:${i}`,
      speakers: [actors[i % ACTORS]!.id],
      addressees: [actors[(i * 7 + 3) % ACTORS]!.id],
      text: `warning number ${i}`,
      lang: 'en',
      direct: false,
      evidence: { start: 0, end: text.length },
      respondsTo: i > 0 && i % 3 === 0 ? [`statement:crash-test:${i - 1}`] : [],
      confidence: 1,
    })),
    meetings: [],
  };
}

let reader: TestServer;
beforeAll(async () => {
  reader = await startTestServer();
  await resetToSeed(reader.db);
});
afterAll(() => reader.close());

async function statementsOfCrashArticle(): Promise<number> {
  const result = await reader.db.read(
    "MATCH (s:Statement {articleId: 'article:crash-test'}) RETURN count(s) AS n",
  );
  return Number(result.records[0]?.get('n'));
}

/** Resolves once Neo4j runs the ingest's row writes, so the kill lands inside the transaction. */
async function bundleWriteRunning(): Promise<void> {
  for (;;) {
    const result = await reader.db.read(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'UNWIND $rows' RETURN count(*) AS n",
    );
    if (Number(result.records[0]?.get('n')) > 0) return;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

describe('the server killed with SIGKILL in the middle of a large ingest', () => {
  it('leaves all or none of the bundle, and re-ingesting completes it', async () => {
    const { server, exited, baseUrl } = await startServerProcess(TOKEN);

    const bundle = largeBundle();
    const answer = postJson(baseUrl, '/api/bundles', bundle, TOKEN).catch((err: Error) => err);
    await bundleWriteRunning();
    server.kill('SIGKILL');
    await exited;
    const answered = await answer;
    expect(answered, JSON.stringify(answered).slice(0, 400)).toBeInstanceOf(Error);

    const afterKill = await statementsOfCrashArticle();
    expect([0, STATEMENTS]).toContain(afterKill);

    const again = await postJson<IngestResponse>(reader.baseUrl, '/api/bundles', bundle);
    expect(again.status).toBe(200);
    expect(await statementsOfCrashArticle()).toBe(STATEMENTS);
  });
});
