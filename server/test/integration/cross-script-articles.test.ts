import type { ArticleIngestResponse, SearchResponse } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, postJson, resetToSeed, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetToSeed(server.db);
});
afterAll(() => server.close());

/** The seed dispute told by its own sources, in their own scripts. */
const RUSSIAN = {
  publishedAt: '2024-06-25',
  text:
    'Официальный представитель МИД России Мария Захарова заявила, что Сеул должен отказаться от поставок оружия Украине.\n\n' +
    'Заместитель министра иностранных дел России Андрей Руденко встретился с послом Республики Корея Ли До Хуном в Москве.',
};
const KOREAN = {
  publishedAt: '2024-06-25',
  text:
    '임수석 외교부 대변인은 14일 정례브리핑에서 "러시아 측의 발언에 깊은 유감을 표한다"고 말했다.\n\n' +
    '자하로바 러시아 외무부 대변인은 앞서 한국을 비난했다.\n\n' +
    '루덴코 차관은 모스크바에서 이도훈 주러시아 한국대사를 만났다.',
};

async function speakersOf(articleId: string): Promise<string[]> {
  const result = await server.db.read(
    'MATCH (a:Actor)-[:SAID]->(s:Statement {articleId: $articleId}) RETURN a.id AS id ORDER BY id',
    { articleId },
  );
  return result.records.map((r) => String(r.get('id')));
}

async function meetingPartnersOf(actorId: string, articleId: string): Promise<string[]> {
  const result = await server.db.read(
    `MATCH (:Actor {id: $actorId})-[m:MEETS_WITH]-(other)
     WHERE m.articleId = $articleId
     RETURN other.id AS id`,
    { actorId, articleId },
  );
  return result.records.map((r) => String(r.get('id')));
}

describe('Russian and Korean articles about the seed dispute', () => {
  it('merge onto the seed’s Zakharova, Rudenko and Lim Soo-suk, written in any script', async () => {
    const ru = await postJson<ArticleIngestResponse>(server.baseUrl, '/api/articles', RUSSIAN);
    expect(ru.status).toBe(200);
    expect(ru.body.lang).toBe('ru');
    expect(await speakersOf(ru.body.articleId)).toEqual(['actor:maria-zakharova']);
    expect(await meetingPartnersOf('actor:andrey-rudenko', ru.body.articleId)).toEqual([
      'actor:lee-do-hoon',
    ]);

    const ko = await postJson<ArticleIngestResponse>(server.baseUrl, '/api/articles', KOREAN);
    expect(ko.status).toBe(200);
    expect(ko.body.lang).toBe('ko');
    expect(await speakersOf(ko.body.articleId)).toEqual([
      'actor:lim-soo-suk',
      'actor:maria-zakharova',
    ]);
    expect(await meetingPartnersOf('actor:andrey-rudenko', ko.body.articleId)).toEqual([
      'actor:lee-do-hoon',
    ]);
  });

  it('keep the spellings they were written in, so a search in that script finds the person', async () => {
    for (const query of ['Захарова', '자하로바']) {
      const { status, body } = await getJson<SearchResponse>(
        server.baseUrl,
        `/api/search?q=${encodeURIComponent(query)}`,
      );
      expect(status).toBe(200);
      expect(body.results.map((r) => r.id)).toContain('actor:maria-zakharova');
    }
  });
});
