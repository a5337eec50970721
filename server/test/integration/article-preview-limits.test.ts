import { ARTICLE_LIMITS, type ArticlePreviewResponse } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repeatedTo } from '../../src/extract/eval/adversarial-texts';
import { ExtractionPool } from '../../src/workers/extraction-pool';
import { postJson, resetToSeed, startTestServer, type TestServer } from './harness';

type ErrorBody = { error: { code: string; message: string; details?: { path: string }[] } };

let server: TestServer;
const extractionPool = new ExtractionPool();
beforeAll(async () => {
  extractionPool.warm();
  server = await startTestServer(undefined, { extractionPool });
  await resetToSeed(server.db);
  // As at a server's start: the workers are loaded before the measured previews.
  await postJson(server.baseUrl, '/api/articles/preview', { text: 'Lavrov said so.' });
});
afterAll(async () => {
  await server.close();
  await extractionPool.close();
});

/** Health answers, one after another, until `running` settles: what a monitor sees meanwhile. */
async function healthWhile(
  running: Promise<unknown>,
): Promise<{ statuses: number[]; ms: number[] }> {
  let done = false;
  void running.finally(() => (done = true));
  const statuses: number[] = [];
  const ms: number[] = [];
  while (!done) {
    const start = performance.now();
    statuses.push((await fetch(`${server.baseUrl}/api/health`)).status);
    ms.push(performance.now() - start);
  }
  return { statuses, ms };
}

describe('POST /api/articles/preview limits (issue 19)', () => {
  it('refuses a text beyond the anonymous preview limit with a 413 naming text', async () => {
    const text = repeatedTo(
      'Maria Zakharova said Seoul must stop. ',
      ARTICLE_LIMITS.previewTextChars + 1,
    );
    const { status, body } = await postJson<ErrorBody>(
      server.baseUrl,
      '/api/articles/preview',
      { text },
      '',
    );
    expect(status).toBe(413);
    expect(body.error.code).toBe('payload_too_large');
    expect(body.error.details?.[0]?.path).toBe('text');
  });

  it('reads a 200 k-character text of speech verbs for the write token off the event loop', async () => {
    const preview = postJson<ArticlePreviewResponse | ErrorBody>(
      server.baseUrl,
      '/api/articles/preview',
      { text: repeatedTo('said ', 200_000) },
    );
    const health = await healthWhile(preview);
    const { status } = await preview;
    // Answered within its time cap, or refused as too hard to read: never a stalled server.
    expect([200, 413]).toContain(status);
    expect(health.statuses.length).toBeGreaterThan(0);
    expect(health.statuses.every((s) => s === 200)).toBe(true);
    const sorted = [...health.ms].sort((a, b) => a - b);
    process.stdout.write(
      `health during a 200 k preview: ${sorted.length} answers, p99 ${sorted[Math.floor(sorted.length * 0.99)]!.toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms\n`,
    );
  });

  it('lists at most the preview limit of facts of each kind and counts the rest', async () => {
    const unit = 'Maria Zakharova said Seoul must stop. ';
    const text = unit.repeat(Math.floor(ARTICLE_LIMITS.previewTextChars / unit.length));
    const { status, body } = await postJson<ArticlePreviewResponse>(
      server.baseUrl,
      '/api/articles/preview',
      { text },
      '',
    );
    expect(status).toBe(200);
    expect(body.facts.statements).toHaveLength(ARTICLE_LIMITS.previewFacts);
    expect(body.omitted?.statements).toBeGreaterThan(0);
  });
});
