import type {
  ArticleIngestResponse,
  ArticlePreviewResponse,
  ReviewedFacts,
} from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, resetToSeed, startTestServer, type TestServer } from './harness';
import { derivedAndRecounted } from './recount';

type ErrorBody = { error: { code: string; details?: { path: string }[] } };
type FactsInput = { statements: unknown[]; meetings: unknown[]; parties?: unknown[] };

const ARTICLE = {
  title: 'Zakharova criticizes Yoon; Cho meets Zinoviev (reviewed)',
  publishedAt: '2024-07-06',
  text:
    'Russian Foreign Ministry spokesperson Maria Zakharova on Friday criticized South Korean ' +
    'President Yoon Suk Yeol\'s remarks as "provocative." "Seoul should think twice," Zakharova said.\n' +
    'South Korean Foreign Minister Cho Tae-yul met Russian Ambassador Georgy Zinoviev in Seoul on Thursday.',
};

let server: TestServer;
let preview: ArticlePreviewResponse;
beforeAll(async () => {
  server = await startTestServer();
  await resetToSeed(server.db);
  preview = (
    await postJson<ArticlePreviewResponse>(server.baseUrl, '/api/articles/preview', ARTICLE)
  ).body;
});
afterAll(() => server.close());

/** The preview's facts as the client sends them back, untouched. */
function asReviewed(): FactsInput {
  const { statements, meetings } = preview.facts;
  return {
    statements: statements.map((s) => ({
      id: s.id,
      speakerIds: s.speaker ? [s.speaker.id] : s.candidates.map((c) => c.id),
      addresseeIds: s.addressees.map((a) => a.id),
      text: s.text,
      direct: s.direct,
      summaryEn: s.summaryEn ?? null,
      evidence: s.evidence,
      respondsTo: s.respondsTo,
      date: s.date ?? null,
      datePrecision: s.datePrecision ?? null,
      confidence: s.confidence,
    })),
    meetings: meetings.map((m) => ({ ...m, a: m.a.id, b: m.b.id })),
  };
}

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const result = await server.db.read(cypher, params);
  return result.records.map((r) => r.toObject());
}

describe('POST /api/articles with reviewed facts', () => {
  it('writes exactly the reviewed facts: touched ones as reviewed, the rest as extracted', async () => {
    const facts = asReviewed();
    const [first] = facts.statements as Record<string, unknown>[];
    // A person credits the first quote to someone else in the graph, addressed to a new party,
    // and drops the second quote.
    facts.statements = [
      {
        ...first,
        speakerIds: ['actor:andrey-rudenko'],
        addresseeIds: ['actor:new-envoy'],
        reviewed: true,
      },
    ];
    facts.parties = [{ id: 'actor:new-envoy', name: 'New Envoy', kind: 'actor' }];
    const { status, body } = await postJson<ArticleIngestResponse>(
      server.baseUrl,
      '/api/articles',
      {
        ...ARTICLE,
        facts,
      },
    );
    expect(status).toBe(200);
    expect(body.extracted).toMatchObject({ statements: 1, meetings: 1 });
    const written = await rows(
      `MATCH (p)-[:SAID]->(s:Statement {articleId: $id})-[:ADDRESSED_TO]->(q)
       RETURN p.id AS speaker, q.id AS addressee, s.source AS source`,
      { id: body.articleId },
    );
    expect(written).toEqual([
      { speaker: 'actor:andrey-rudenko', addressee: 'actor:new-envoy', source: 'reviewed' },
    ]);
    const [meeting] = await rows(
      `MATCH ()-[m:MEETS_WITH {articleId: $id}]->() RETURN m.source AS source`,
      { id: body.articleId },
    );
    expect(meeting).toEqual({ source: 'extracted' });
    expect(await rows(`MATCH (a:Actor {id: 'actor:new-envoy'}) RETURN a.source AS source`)).toEqual(
      [{ source: 'reviewed' }],
    );
    const { derived, recounted } = await derivedAndRecounted(server.db);
    expect(derived).toEqual(recounted);
  });

  it('keeps the review when the article is extracted again without it', async () => {
    const { body } = await postJson<ArticleIngestResponse>(
      server.baseUrl,
      '/api/articles',
      ARTICLE,
    );
    const speakers = await rows(
      `MATCH (p)-[:SAID]->(s:Statement {id: $id}) RETURN p.id AS speaker, s.source AS source`,
      { id: preview.facts.statements[0]!.id },
    );
    expect(body.articleId).toBe(preview.articleId);
    expect(speakers).toEqual([{ speaker: 'actor:andrey-rudenko', source: 'reviewed' }]);
  });

  it.each([
    [
      'evidence past the text',
      (f: FactsInput) => ({
        ...f,
        statements: [{ ...(f.statements[0] as object), evidence: { start: 0, end: 100_000 } }],
      }),
      'facts.statements.0.evidence.end',
    ],
    [
      'an unknown party',
      (f: FactsInput) => ({
        ...f,
        statements: [{ ...(f.statements[0] as object), speakerIds: ['actor:nobody-at-all'] }],
      }),
      'facts.statements.0.speakerIds.0',
    ],
    [
      "another article's statement",
      (f: FactsInput) => ({
        ...f,
        statements: [{ ...(f.statements[0] as object), id: 'statement:elsewhere:x' }],
      }),
      'facts.statements.0.id',
    ],
    [
      'a reply to a dropped statement',
      (f: FactsInput) => ({
        ...f,
        statements: [
          {
            ...(f.statements[0] as object),
            respondsTo: [`statement:${preview.articleId.slice(8)}:dropped`],
          },
        ],
      }),
      'facts.statements.0.respondsTo.0',
    ],
    [
      'a new party whose id is not derived from its name',
      (f: FactsInput) => ({
        ...f,
        parties: [{ id: 'actor:someone-else', name: 'New Envoy', kind: 'actor' }],
      }),
      'facts.parties.0.id',
    ],
    [
      'a statement with no speaker',
      (f: FactsInput) => ({
        ...f,
        statements: [{ ...(f.statements[0] as object), speakerIds: [] }],
      }),
      'facts.statements.0.speakerIds',
    ],
  ])('answers 400 naming the field for %s, writing nothing', async (_name, change, field) => {
    const before = await rows('MATCH (n) RETURN count(n) AS n');
    const facts = change(asReviewed()) satisfies Partial<Record<keyof ReviewedFacts, unknown>>;
    const { status, body } = await postJson<ErrorBody>(server.baseUrl, '/api/articles', {
      ...ARTICLE,
      facts,
    });
    expect(status).toBe(400);
    expect(body.error.details?.map((d) => d.path)).toEqual([field]);
    expect(await rows('MATCH (n) RETURN count(n) AS n')).toEqual(before);
  });
});

describe('bundles with reviewed provenance', () => {
  it('win over extracted ones on the same statement', async () => {
    const id = preview.facts.statements[1]!.id;
    const bundle = (source: string, speaker: string) => ({
      version: 1,
      source,
      article: { id: preview.articleId, title: ARTICLE.title, lang: 'en', text: ARTICLE.text },
      actors: [
        {
          id: speaker,
          name: speaker === 'actor:maria-zakharova' ? 'Maria Zakharova' : 'Yoon Suk Yeol',
        },
      ],
      statements: [
        {
          id,
          speakers: [speaker],
          text: 'Seoul should think twice',
          lang: 'en',
          direct: true,
          evidence: { start: 0, end: 5 },
        },
      ],
    });
    expect(
      (await postJson(server.baseUrl, '/api/bundles', bundle('reviewed', 'actor:maria-zakharova')))
        .status,
    ).toBe(200);
    expect(
      (await postJson(server.baseUrl, '/api/bundles', bundle('extracted', 'actor:yoon-suk-yeol')))
        .status,
    ).toBe(200);
    const speakers = await rows(
      `MATCH (p)-[:SAID]->(s:Statement {id: $id}) RETURN p.id AS speaker, s.source AS source`,
      { id },
    );
    expect(speakers).toEqual([{ speaker: 'actor:maria-zakharova', source: 'reviewed' }]);
  });
});
