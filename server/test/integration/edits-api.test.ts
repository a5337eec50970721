import {
  articleId,
  type ArticleRemovalResponse,
  type EditedNodeResponse,
  type EditsResponse,
  type IngestBundleInput,
  type NodeResponse,
  type RemovalResponse,
  type RevertResponse,
  type SearchResponse,
} from '@parley/graph-schema';
import { loadSeedBundles } from '@parley/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivedAndRecounted } from './recount';
import {
  getJson,
  postJson,
  resetToSeed,
  sendJson,
  startTestServer,
  type TestServer,
} from './harness';

type ErrorBody = { error: { code: string; message: string; details?: { path: string }[] } };

const KIM_COMPLIANCE = 'statement:en-rudenko-seoul-talks:kim-urges-compliance';
const LIM_WARNING = 'statement:te-seoul-warns-moscow:lim-warning';
const PUTIN_KIM_MEETING = 'meeting:te-seoul-warns-moscow:putin-kim-jong-un';
const YOON_STATEMENT = 'statement:en-rudenko-seoul-talks:yoon-irrational-group';
const SEED_STANCE = 'statement:en-rudenko-seoul-talks:chung-stern-stance';
const ECHO_ARTICLE = articleId('echo-of-the-talks');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetToSeed(server.db);
});
afterAll(() => server.close());

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');
const patch = <T>(url: string, body: unknown) => sendJson<T>(server.baseUrl, 'PATCH', url, body);
const remove = <T>(url: string) => sendJson<T>(server.baseUrl, 'DELETE', url);

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const result = await server.db.read(cypher, params);
  return Number(result.records[0]?.get('c'));
}

async function ingestSeedAgain() {
  for (const bundle of loadSeedBundles())
    expect((await postJson(server.baseUrl, '/api/bundles', bundle)).status).toBe(200);
}

async function expectDerivedDataTrue() {
  const { derived, recounted } = await derivedAndRecounted(server.db);
  expect(derived).toEqual(recounted);
}

const speakersOf = (id: string) =>
  server.db
    .read('MATCH (p)-[:SAID]->(:Statement {id: $id}) RETURN p.id AS id ORDER BY id', { id })
    .then((r) => r.records.map((x) => x.get('id') as string));

const repliesTo = (id: string) =>
  count('MATCH (:Statement)-[r:RESPONDS_TO]->(:Statement {id: $id}) RETURN count(r) AS c', { id });

describe('PATCH /api/statements/:id', () => {
  it('settles an ambiguous speaker, marks it reviewed, and re-ingesting keeps the fix', async () => {
    const { status, body } = await patch<EditedNodeResponse>(
      `/api/statements/${path(KIM_COMPLIANCE)}`,
      {
        speakerIds: ['actor:kim-gunn'],
        editor: 'Analyst A',
      },
    );
    expect(status).toBe(200);
    expect(body.editId).toMatch(/^edit:\d+$/);
    expect(body.node.properties).toMatchObject({ source: 'reviewed', ambiguous: false });
    expect(body.node.label).toMatch(/^Kim Gunn: /);
    expect(await speakersOf(KIM_COMPLIANCE)).toEqual(['actor:kim-gunn']);
    await expectDerivedDataTrue();

    await ingestSeedAgain();
    expect(await speakersOf(KIM_COMPLIANCE)).toEqual(['actor:kim-gunn']);
    expect(
      (await getJson<NodeResponse>(server.baseUrl, `/api/nodes/${path(KIM_COMPLIANCE)}`)).body.node
        .properties.source,
    ).toBe('reviewed');
    await expectDerivedDataTrue();
  });

  it('changes addressees, replies, direct and date in one go', async () => {
    const { status, body } = await patch<EditedNodeResponse>(
      `/api/statements/${path(LIM_WARNING)}`,
      {
        addresseeIds: ['institution:russia', 'actor:maria-zakharova'],
        respondsTo: [],
        direct: true,
        date: '2024-06-20',
      },
    );
    expect(status).toBe(200);
    expect(body.node.properties).toMatchObject({
      direct: true,
      date: '2024-06-20',
      datePrecision: 'day',
    });
    expect(
      await count('MATCH (:Statement {id: $id})-[:RESPONDS_TO]->() RETURN count(*) AS c', {
        id: LIM_WARNING,
      }),
    ).toBe(0);
    const pairs = await getJson<{
      pairs: { speaker: { id: string }; addressee: { id: string } }[];
    }>(server.baseUrl, '/api/who-said-what');
    expect(
      pairs.body.pairs.some(
        (p) => p.speaker.id === 'actor:lim-soo-suk' && p.addressee.id === 'actor:maria-zakharova',
      ),
    ).toBe(true);
    await expectDerivedDataTrue();
  });

  it.each([
    ['an unknown field', { speaker: 'actor:kim-gunn' }, '(root)'],
    ['an unknown party', { speakerIds: ['actor:kim-gunn', 'actor:nobody-at-all'] }, 'speakerIds.1'],
    ['a reply to itself', { respondsTo: [KIM_COMPLIANCE] }, 'respondsTo.0'],
    ['a malformed date', { date: 'June' }, 'date'],
    ['nothing to change', {}, '(root)'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const { status, body: answer } = await patch<ErrorBody>(
      `/api/statements/${path(KIM_COMPLIANCE)}`,
      body,
    );
    expect(status).toBe(400);
    expect(answer.error.details?.map((d) => d.path)).toContain(field);
  });

  it('answers 409 for a statement left with no speaker, 404 for an unknown one, 401 without the token', async () => {
    const empty = await patch<ErrorBody>(`/api/statements/${path(KIM_COMPLIANCE)}`, {
      speakerIds: [],
    });
    expect(empty.status).toBe(409);
    expect(empty.body.error.code).toBe('conflict');
    const unknown = await patch<ErrorBody>(`/api/statements/${path('statement:x:y')}`, {
      direct: true,
    });
    expect(unknown.status).toBe(404);
    const anonymous = await sendJson<ErrorBody>(
      server.baseUrl,
      'PATCH',
      `/api/statements/${path(KIM_COMPLIANCE)}`,
      { direct: true },
      {},
    );
    expect(anonymous.status).toBe(401);
  });
});

describe('DELETE /api/statements/:id and /api/meetings/:id', () => {
  it('removes a statement for good: re-ingesting its article does not bring it back', async () => {
    const { status, body } = await remove<RemovalResponse>(
      `/api/statements/${path(YOON_STATEMENT)}`,
    );
    expect(status).toBe(200);
    expect(body.deleted).toMatchObject({ statements: 1, meetings: 0 });
    expect((await getJson(server.baseUrl, `/api/nodes/${path(YOON_STATEMENT)}`)).status).toBe(404);
    const search = await getJson<SearchResponse>(server.baseUrl, '/api/search?q=irrational');
    expect(search.body.results.map((r) => r.id)).not.toContain(YOON_STATEMENT);
    await ingestSeedAgain();
    expect(
      await count('MATCH (s:Statement {id: $id}) RETURN count(s) AS c', { id: YOON_STATEMENT }),
    ).toBe(0);
    // The reply to it stays, without the reply.
    expect(
      await count(
        `MATCH (:Statement {id: 'statement:en-rudenko-seoul-talks:zakharova-blatantly-biased'})-[:RESPONDS_TO]->() RETURN count(*) AS c`,
      ),
    ).toBe(0);
    expect((await remove<ErrorBody>(`/api/statements/${path(YOON_STATEMENT)}`)).status).toBe(404);
    await expectDerivedDataTrue();
  });

  it('removes a meeting for good', async () => {
    const { status, body } = await remove<RemovalResponse>(
      `/api/meetings/${path(PUTIN_KIM_MEETING)}`,
    );
    expect(status).toBe(200);
    expect(body.deleted).toMatchObject({ meetings: 1, statements: 0 });
    await ingestSeedAgain();
    expect(
      await count('MATCH ()-[m:MEETS_WITH {id: $id}]->() RETURN count(m) AS c', {
        id: PUTIN_KIM_MEETING,
      }),
    ).toBe(0);
    expect((await remove<ErrorBody>(`/api/meetings/${path('meeting:x:y')}`)).status).toBe(404);
    await expectDerivedDataTrue();
  });
});

describe('PATCH /api/parties/:id', () => {
  it('renames a party everywhere it shows, findable by the new name, kept against re-ingest', async () => {
    const { status, body } = await patch<EditedNodeResponse>(
      `/api/parties/${path('actor:lim-soo-suk')}`,
      {
        name: 'Lim Soo-suk',
        role: 'Spokesperson of the South Korean Foreign Ministry',
      },
    );
    expect(status).toBe(200);
    expect(body.node.label).toBe('Lim Soo-suk');
    const statement = await getJson<NodeResponse>(
      server.baseUrl,
      `/api/nodes/${path(LIM_WARNING)}`,
    );
    expect(statement.body.node.label).toMatch(/^Lim Soo-suk: /);
    const search = await getJson<SearchResponse>(server.baseUrl, '/api/search?q=Soo-suk');
    expect(search.body.results[0]?.id).toBe('actor:lim-soo-suk');
    await ingestSeedAgain();
    const after = await getJson<NodeResponse>(
      server.baseUrl,
      `/api/nodes/${path('actor:lim-soo-suk')}`,
    );
    expect(after.body.node.properties).toMatchObject({ name: 'Lim Soo-suk', source: 'reviewed' });
  });

  it('takes a spelling away for good', async () => {
    const { body: before } = await getJson<NodeResponse>(
      server.baseUrl,
      `/api/nodes/${path('actor:lim-soo-suk')}`,
    );
    const aliases = before.node.properties.aliases as string[];
    const dropped = aliases.find((a) => a !== 'Lim Soo-suk')!;
    const kept = aliases.filter((a) => a !== dropped);
    expect(
      (await patch(`/api/parties/${path('actor:lim-soo-suk')}`, { aliases: kept })).status,
    ).toBe(200);
    await ingestSeedAgain();
    const { body } = await getJson<NodeResponse>(
      server.baseUrl,
      `/api/nodes/${path('actor:lim-soo-suk')}`,
    );
    expect(body.node.properties.aliases).not.toContain(dropped);
  });

  it('answers 400 for a role on an institution, 404 for an unknown party', async () => {
    const role = await patch<ErrorBody>(`/api/parties/${path('institution:russia')}`, {
      role: 'x',
    });
    expect(role.status).toBe(400);
    expect(role.body.error.details?.map((d) => d.path)).toEqual(['role']);
    expect((await patch(`/api/parties/${path('actor:nobody-at-all')}`, { name: 'X' })).status).toBe(
      404,
    );
    expect((await patch(`/api/parties/${path(KIM_COMPLIANCE)}`, { name: 'X' })).status).toBe(404);
  });
});

describe('POST /api/parties/:id/merge', () => {
  it('moves everything to the party it goes into; the old id keeps opening it', async () => {
    const before = await count(
      `MATCH (:Actor {id: 'actor:kim-hong-kyun'})-[r]-() WHERE type(r) <> 'SPOKE_TO' RETURN count(r) AS c`,
    );
    expect(before).toBeGreaterThan(0);
    const { status, body } = await postJson<EditedNodeResponse>(
      server.baseUrl,
      `/api/parties/${path('actor:kim-hong-kyun')}/merge`,
      { into: 'actor:kim-gunn' },
    );
    expect(status).toBe(200);
    expect(body.node.id).toBe('actor:kim-gunn');
    expect(body.node.properties.aliases).toContain('Kim Hong-kyun');
    const old = await getJson<NodeResponse>(
      server.baseUrl,
      `/api/nodes/${path('actor:kim-hong-kyun')}`,
    );
    expect(old.status).toBe(200);
    expect(old.body.node.id).toBe('actor:kim-gunn');
    const around = await getJson<{ nodes: { id: string }[] }>(
      server.baseUrl,
      `/api/nodes/${path('actor:kim-hong-kyun')}/neighborhood`,
    );
    expect(around.body.nodes.map((n) => n.id)).toContain('actor:andrey-rudenko');
    const search = await getJson<SearchResponse>(server.baseUrl, '/api/search?q=Hong-kyun');
    expect(search.body.results[0]?.id).toBe('actor:kim-gunn');
    await ingestSeedAgain();
    expect(await count(`MATCH (a:Actor {id: 'actor:kim-hong-kyun'}) RETURN count(a) AS c`)).toBe(0);
    await expectDerivedDataTrue();
  });

  it('answers 409 for a merge into itself or into another kind, 400 for an unknown target, 404 for an unknown party', async () => {
    const self = await postJson<ErrorBody>(
      server.baseUrl,
      `/api/parties/${path('actor:kim-gunn')}/merge`,
      { into: 'actor:kim-gunn' },
    );
    expect(self.status).toBe(409);
    // The old id names the party it went into: merging it there is merging into itself.
    const viaOld = await postJson<ErrorBody>(
      server.baseUrl,
      `/api/parties/${path('actor:kim-gunn')}/merge`,
      { into: 'actor:kim-hong-kyun' },
    );
    expect(viaOld.status).toBe(409);
    const kind = await postJson<ErrorBody>(
      server.baseUrl,
      `/api/parties/${path('actor:kim-gunn')}/merge`,
      { into: 'institution:russia' },
    );
    expect(kind.status).toBe(409);
    const unknown = await postJson<ErrorBody>(
      server.baseUrl,
      `/api/parties/${path('actor:kim-gunn')}/merge`,
      { into: 'actor:nobody-at-all' },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details?.map((d) => d.path)).toEqual(['into']);
    const missing = await postJson<ErrorBody>(
      server.baseUrl,
      `/api/parties/${path('actor:nobody-at-all')}/merge`,
      { into: 'actor:kim-gunn' },
    );
    expect(missing.status).toBe(404);
  });
});

/** An article that answers one of the seed's statements, with a speaker only it names. */
const ECHO: IngestBundleInput = {
  version: 1,
  source: 'curated',
  article: {
    id: ECHO_ARTICLE,
    title: 'Echo of the talks',
    lang: 'en',
    text: 'Yoon spoke; Echo Speaker answered Zakharova and met her.',
  },
  actors: [
    { id: 'actor:echo-speaker', name: 'Echo Speaker' },
    { id: 'actor:maria-zakharova', name: 'Maria Zakharova' },
    { id: 'actor:yoon-suk-yeol', name: 'Yoon Suk Yeol' },
  ],
  institutions: [{ id: 'institution:north-korea', name: 'North Korea', kind: 'state' }],
  statements: [
    {
      id: 'statement:echo-of-the-talks:yoon-spoke',
      speakers: ['actor:yoon-suk-yeol'],
      addressees: ['institution:north-korea'],
      respondsTo: [SEED_STANCE],
      text: 'Yoon spoke',
      lang: 'en',
      direct: false,
      evidence: { start: 0, end: 10 },
    },
    {
      id: 'statement:echo-of-the-talks:answer',
      speakers: ['actor:echo-speaker'],
      addressees: ['actor:maria-zakharova'],
      text: 'Echo answered',
      lang: 'en',
      direct: false,
      evidence: { start: 12, end: 40 },
    },
  ],
  meetings: [
    {
      id: 'meeting:echo-of-the-talks:echo-zakharova',
      a: 'actor:echo-speaker',
      b: 'actor:maria-zakharova',
      kind: 'meeting',
      evidence: { start: 41, end: 55 },
    },
  ],
};

describe('DELETE /api/articles/:id', () => {
  it('removes the article and what only it reports; what it answered stays', async () => {
    expect((await postJson(server.baseUrl, '/api/bundles', ECHO)).status).toBe(200);
    expect(await repliesTo(SEED_STANCE)).toBe(1);
    const { status, body } = await remove<ArticleRemovalResponse>(
      `/api/articles/${path(ECHO_ARTICLE)}`,
    );
    expect(status).toBe(200);
    expect(body.deleted).toMatchObject({ articles: 1, statements: 2, meetings: 1, parties: 1 });
    expect(body.kept).toEqual({ statements: 0 });
    expect(
      await count(`MATCH (s:Statement {id: $id})-[:REPORTED_IN]->(a) RETURN count(a) AS c`, {
        id: SEED_STANCE,
      }),
    ).toBe(1);
    expect(await repliesTo(SEED_STANCE)).toBe(0);
    expect(await count(`MATCH (a:Actor {id: 'actor:echo-speaker'}) RETURN count(a) AS c`)).toBe(0);
    expect(await count(`MATCH (a:Actor {id: 'actor:maria-zakharova'}) RETURN count(a) AS c`)).toBe(
      1,
    );
    // By now ECHO was the only article addressing North Korea; Kim Jong Un's affiliation holds it.
    expect(
      await count(
        `MATCH (:Actor {id: 'actor:kim-jong-un'})-[:AFFILIATED_WITH]->(i:Institution {id: 'institution:north-korea'}) RETURN count(i) AS c`,
      ),
    ).toBe(1);
    await expectDerivedDataTrue();

    expect((await postJson(server.baseUrl, '/api/bundles', ECHO)).status).toBe(200);
    expect(
      await count(`MATCH (a:Article {id: $id}) RETURN count(a) AS c`, { id: ECHO_ARTICLE }),
    ).toBe(0);
    expect((await remove(`/api/articles/${path(ECHO_ARTICLE)}`)).status).toBe(404);
  });
});

describe('GET /api/edits and POST /api/edits/:id/revert', () => {
  it('lists every change newest first, a page at a time', async () => {
    const first = await getJson<EditsResponse>(server.baseUrl, '/api/edits?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.truncated).toBe(true);
    expect(first.body.edits.map((e) => e.kind)).toEqual(['article.delete', 'party.merge']);
    const all = await getJson<EditsResponse>(server.baseUrl, '/api/edits?limit=200');
    const seqs = all.body.edits.map((e) => Number(e.id.slice('edit:'.length)));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const second = await getJson<EditsResponse>(server.baseUrl, '/api/edits?limit=2&offset=2');
    expect(second.body.edits[0]!.id).toBe(all.body.edits[2]!.id);
    expect(all.body.edits.at(-1)).toMatchObject({ kind: 'statement.update', editor: 'Analyst A' });
    expect((await getJson<ErrorBody>(server.baseUrl, '/api/edits?limit=0')).status).toBe(400);
  });

  it('reverts an article removal: everything comes back, and ingest may write it again', async () => {
    const { body: log } = await getJson<EditsResponse>(server.baseUrl, '/api/edits?limit=1');
    const removal = log.edits[0]!;
    const { status, body } = await postJson<RevertResponse>(
      server.baseUrl,
      `/api/edits/${path(removal.id)}/revert`,
      {},
    );
    expect(status).toBe(200);
    expect(body.edit).toMatchObject({ kind: 'revert', reverts: removal.id });
    expect(
      await count(
        `MATCH (:Actor {id: 'actor:echo-speaker'})-[:SAID]->(:Statement)-[:REPORTED_IN]->(:Article {id: $id}) RETURN count(*) AS c`,
        { id: ECHO_ARTICLE },
      ),
    ).toBe(1);
    expect(
      await count(
        `MATCH ()-[m:MEETS_WITH {id: 'meeting:echo-of-the-talks:echo-zakharova'}]->() RETURN count(m) AS c`,
      ),
    ).toBe(1);
    expect(await repliesTo(SEED_STANCE)).toBe(1);
    await expectDerivedDataTrue();

    const again = await postJson<ErrorBody>(
      server.baseUrl,
      `/api/edits/${path(removal.id)}/revert`,
      {},
    );
    expect(again.status).toBe(409);
    const ofRevert = await postJson<ErrorBody>(
      server.baseUrl,
      `/api/edits/${path(body.edit.id)}/revert`,
      {},
    );
    expect(ofRevert.status).toBe(409);
  });

  it('reverts a merge: the party is back with its own relationships', async () => {
    const { body: log } = await getJson<EditsResponse>(server.baseUrl, '/api/edits?limit=200');
    const merge = log.edits.find((e) => e.kind === 'party.merge')!;
    const { status } = await postJson(server.baseUrl, `/api/edits/${path(merge.id)}/revert`, {});
    expect(status).toBe(200);
    const node = await getJson<NodeResponse>(
      server.baseUrl,
      `/api/nodes/${path('actor:kim-hong-kyun')}`,
    );
    expect(node.body.node.id).toBe('actor:kim-hong-kyun');
    expect(
      await count(
        `MATCH (:Actor {id: 'actor:kim-hong-kyun'})-[:MEETS_WITH]-(:Actor {id: 'actor:andrey-rudenko'}) RETURN count(*) AS c`,
      ),
    ).toBe(1);
    const gunn = await getJson<NodeResponse>(
      server.baseUrl,
      `/api/nodes/${path('actor:kim-gunn')}`,
    );
    expect(gunn.body.node.properties.aliases).not.toContain('Kim Hong-kyun');
    await expectDerivedDataTrue();
  });

  it('refuses to revert an edit later edits depend on, until they are reverted', async () => {
    const changed = await patch<EditedNodeResponse>(`/api/statements/${path(KIM_COMPLIANCE)}`, {
      direct: true,
    });
    const { body: log } = await getJson<EditsResponse>(server.baseUrl, '/api/edits?limit=200');
    const first = log.edits.at(-1)!;
    const blocked = await postJson<ErrorBody>(
      server.baseUrl,
      `/api/edits/${path(first.id)}/revert`,
      {},
    );
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.message).toContain(changed.body.editId);
    expect(
      (await postJson(server.baseUrl, `/api/edits/${path(changed.body.editId)}/revert`, {})).status,
    ).toBe(200);
    expect((await postJson(server.baseUrl, `/api/edits/${path(first.id)}/revert`, {})).status).toBe(
      200,
    );
    // Back as the seed wrote it: both candidates, extracted-free curated provenance.
    expect(await speakersOf(KIM_COMPLIANCE)).toEqual(['actor:kim-gunn', 'actor:kim-hong-kyun']);
    const { body } = await getJson<NodeResponse>(
      server.baseUrl,
      `/api/nodes/${path(KIM_COMPLIANCE)}`,
    );
    expect(body.node.properties).toMatchObject({ source: 'curated', ambiguous: true });
    expect(
      (await postJson(server.baseUrl, `/api/edits/${path('edit:999999')}/revert`, {})).status,
    ).toBe(404);
    await expectDerivedDataTrue();
  });
});
