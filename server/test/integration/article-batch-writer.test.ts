import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/db/apply-schema';
import { ArticleBatchWriter, type WrittenBatch } from '../../src/ingest/article-batch-writer';
import { KnownEntityCache } from '../../src/ingest/known-entity-cache';
import { resetToSeed, startTestServer, type TestServer } from './harness';

const WARNING = {
  publishedAt: '2024-06-24',
  text: 'Russian Foreign Ministry spokesperson Maria Zakharova on Monday warned South Korea against supplying weapons to Ukraine.',
};
/** Zakharova says nothing here: the reply must find her statement in the earlier article. */
const ANSWER = {
  publishedAt: '2024-06-26',
  text: 'South Korean Foreign Minister Cho Tae-yul on Wednesday rejected the warning from Moscow.\n\n"We make our own decisions," Cho said in response to Zakharova\'s remarks.',
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await server.db.write('MATCH (n) DETACH DELETE n');
  await applySchema(server.db);
});
afterAll(async () => {
  await resetToSeed(server.db);
  await server.close();
});

describe('ArticleBatchWriter', () => {
  it('writes articles many per transaction, and a reply still finds the statement it answers in an article written just before', async () => {
    const batches: WrittenBatch[] = [];
    const writer = new ArticleBatchWriter(
      server.db,
      new KnownEntityCache(server.db),
      (b) => batches.push(b),
      10,
    );
    const warning = await writer.add(WARNING);
    const answer = await writer.add(ANSWER);
    await writer.flush();

    expect(batches.flatMap((b) => b.failures)).toEqual([]);
    expect(batches.reduce((sum, b) => sum + b.articles, 0)).toBe(2);
    const replies = await server.db.read(
      `MATCH (a:Statement {articleId: $answer})-[:RESPONDS_TO]->(b:Statement {articleId: $warning})
       RETURN count(*) AS c`,
      { answer: answer.bundle.article.id, warning: warning.bundle.article.id },
    );
    expect(Number(replies.records[0]?.get('c'))).toBeGreaterThan(0);
    const statements = await server.db.read('MATCH (s:Statement) RETURN count(s) AS c');
    expect(Number(statements.records[0]?.get('c'))).toBe(
      warning.bundle.statements.length + answer.bundle.statements.length,
    );
  });
});
