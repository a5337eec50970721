import type { ArticlePreviewResponse } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, resetToSeed, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetToSeed(server.db);
});
afterAll(() => server.close());

const ARTICLE = {
  text: 'Russian Foreign Ministry spokesperson Ivan Testov said on Monday that the talks would continue.',
};

async function testovKnown(): Promise<boolean | undefined> {
  const { status, body } = await postJson<ArticlePreviewResponse>(
    server.baseUrl,
    '/api/articles/preview',
    ARTICLE,
  );
  expect(status).toBe(200);
  return body.parties.find((p) => p.id === 'actor:ivan-testov')?.known;
}

describe('names known to extraction', () => {
  it('include a person written a moment ago, although they are read from the graph only now and then', async () => {
    await expect(testovKnown()).resolves.toBe(false);
    const { status } = await postJson(server.baseUrl, '/api/bundles', {
      version: 1,
      article: { id: 'article:testov-briefing', title: 'Briefing', lang: 'en', text: 'Testov.' },
      actors: [{ id: 'actor:ivan-testov', name: 'Ivan Testov', aliases: ['ఇవాన్ టెస్టోవ్'] }],
    });
    expect(status).toBe(200);
    await expect(testovKnown()).resolves.toBe(true);
  });
});
