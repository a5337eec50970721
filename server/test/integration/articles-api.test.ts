import type { ArticleIngestResponse, ArticlePreviewResponse } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, resetToSeed, startTestServer, type TestServer } from './harness';

type ErrorBody = { error: { code: string; message: string; details?: { path: string }[] } };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetToSeed(server.db);
});
afterAll(() => server.close());

const ARTICLE = {
  title: 'Zakharova criticizes Yoon; Cho meets Zinoviev',
  publishedAt: '2024-07-05',
  text:
    'Russian Foreign Ministry spokesperson Maria Zakharova on Friday criticized South Korean ' +
    'President Yoon Suk Yeol\'s remarks as "provocative." "Seoul should think twice," Zakharova said.\n' +
    'South Korean Foreign Minister Cho Tae-yul met Russian Ambassador Georgy Zinoviev in Seoul on Thursday.',
};

const TELUGU = {
  text: 'రష్యా విదేశాంగ మంత్రిత్వ శాఖ అధికార ప్రతినిధి జఖారోవా దక్షిణ కొరియాను మరోసారి హెచ్చరించారు.',
};

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const result = await server.db.read(cypher, params);
  return Number(result.records[0]?.get('c'));
}

const countNodes = () => count('MATCH (n) RETURN count(n) AS c');

describe('POST /api/articles', () => {
  it('extracts a raw article and writes it, resolving names and replies against the graph', async () => {
    const { status, body } = await postJson<ArticleIngestResponse>(
      server.baseUrl,
      '/api/articles',
      ARTICLE,
    );
    expect(status).toBe(200);
    expect(body.lang).toBe('en');
    expect(body.extracted).toMatchObject({ statements: 2, meetings: 1, replies: 1 });
    expect(body.nodes.created).toBeGreaterThan(0);

    // The speaker is the seed's Maria Zakharova, not a new node, and her criticism answers
    // Yoon's statement from the seed article, which this article does not quote.
    expect(
      await count(
        `MATCH (:Actor {id: 'actor:maria-zakharova'})-[:SAID]->(s:Statement {articleId: $id}) RETURN count(s) AS c`,
        { id: body.articleId },
      ),
    ).toBe(2);
    expect(
      await count(
        `MATCH (s:Statement {articleId: $id})-[:RESPONDS_TO]->(:Statement {id: 'statement:en-rudenko-seoul-talks:yoon-irrational-group'})
         RETURN count(s) AS c`,
        { id: body.articleId },
      ),
    ).toBe(1);
    expect(
      await count(
        `MATCH (:Actor {id: 'actor:cho-tae-yul'})-[m:MEETS_WITH {articleId: $id}]->(:Actor {id: 'actor:georgy-zinoviev'})
         WHERE m.kind = 'meeting' AND m.place = 'Seoul' AND m.date = '2024-07-04' RETURN count(m) AS c`,
        { id: body.articleId },
      ),
    ).toBe(1);
  });

  it('changes nothing when the same article is sent again', async () => {
    const before = await countNodes();
    const { status, body } = await postJson<ArticleIngestResponse>(
      server.baseUrl,
      '/api/articles',
      ARTICLE,
    );
    expect(status).toBe(200);
    expect(body.nodes.created).toBe(0);
    expect(body.relationships.created).toBe(0);
    expect(await countNodes()).toBe(before);
  });

  it('reads a Telugu article and puts a Telugu spelling on the known person', async () => {
    const { status, body } = await postJson<ArticleIngestResponse>(
      server.baseUrl,
      '/api/articles',
      TELUGU,
    );
    expect(status).toBe(200);
    expect(body.lang).toBe('te');
    expect(
      await count(
        `MATCH (:Actor {id: 'actor:maria-zakharova'})-[:SAID]->(s:Statement {articleId: $id})-[:ADDRESSED_TO]->(:Institution {id: 'institution:south-korea'})
         RETURN count(s) AS c`,
        { id: body.articleId },
      ),
    ).toBe(1);
  });

  it('needs the bearer token', async () => {
    const { status, body } = await postJson<ErrorBody>(
      server.baseUrl,
      '/api/articles',
      ARTICLE,
      '',
    );
    expect(status).toBe(401);
    expect(body.error.code).toBe('unauthorized');
  });

  it.each([
    ['no text', { title: 'x' }, 'text'],
    ['empty text', { text: '   ' }, 'text'],
    ['a language it does not read', { text: 'Hola', lang: 'fr' }, 'lang'],
    ['text in no script it reads', { text: '12345 — 678' }, 'lang'],
    ['a malformed date', { text: 'Lim said so.', publishedAt: 'last Friday' }, 'publishedAt'],
    ['a malformed url', { text: 'Lim said so.', url: 'not a url' }, 'url'],
  ])('answers 400 naming the field for %s', async (_name, article, field) => {
    const before = await countNodes();
    const { status, body } = await postJson<ErrorBody>(server.baseUrl, '/api/articles', article);
    expect(status).toBe(400);
    expect(body.error.code).toBe('bad_request');
    expect(body.error.details?.map((d) => d.path)).toContain(field);
    expect(await countNodes()).toBe(before);
  });
});

describe('POST /api/articles/preview', () => {
  it('shows the facts without writing anything, and needs no write token', async () => {
    const before = await countNodes();
    const article = { ...ARTICLE, title: 'A preview only' };
    const { status, body } = await postJson<ArticlePreviewResponse>(
      server.baseUrl,
      '/api/articles/preview',
      article,
      '',
    );
    expect(status).toBe(200);
    expect(await countNodes()).toBe(before);
    expect(body.lang).toBe('en');
    expect(body.facts.statements.map((s) => [s.speaker?.name, s.text, s.direct])).toEqual([
      ['Maria Zakharova', 'provocative', true],
      ['Maria Zakharova', 'Seoul should think twice', true],
    ]);
    expect(body.facts.statements[0]!.addressees).toEqual([
      { id: 'actor:yoon-suk-yeol', name: 'Yoon Suk Yeol' },
    ]);
    expect(body.facts.meetings.map((m) => [m.a.name, m.b.name, m.place, m.date])).toEqual([
      ['Cho Tae-yul', 'Georgy Zinoviev', 'Seoul', '2024-07-04'],
    ]);
    expect(body.parties.find((p) => p.id === 'actor:maria-zakharova')?.known).toBe(true);
  });

  it('lists an ambiguous speaker with its candidates instead of guessing', async () => {
    const { body } = await postJson<ArticlePreviewResponse>(
      server.baseUrl,
      '/api/articles/preview',
      {
        text: 'Rudenko held talks with Kim Gunn and Kim Hong-kyun. Kim called on Moscow to "stop."',
      },
    );
    const [statement] = body.facts.statements;
    expect(statement!.speaker).toBeNull();
    expect(statement!.candidates.map((c) => c.id)).toEqual([
      'actor:kim-gunn',
      'actor:kim-hong-kyun',
    ]);
    expect(body.facts.ambiguities[0]!.field).toBe('speaker');
  });
});
