import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getEmptyViewState, serialiseViewState, type SavedView } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson, resetToSeed, startTestServer, type TestServer } from './harness';

const clientDistDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-client-'));
fs.writeFileSync(
  path.join(clientDistDir, 'index.html'),
  '<!doctype html><html><head><title>Parley</title></head><body></body></html>',
);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(undefined, { clientDistDir });
  await resetToSeed(server.db);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(clientDistDir, { recursive: true, force: true });
});

const focusedOn = (id: string) => ({ ...getEmptyViewState(), focusNodeId: id });

async function titleOf(pathAndQuery: string): Promise<string | undefined> {
  const html = await (await fetch(`${server.baseUrl}${pathAndQuery}`)).text();
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}

describe('shared links in chat previews', () => {
  it('names the focus of a saved view in the page title', async () => {
    const saved = await postJson<SavedView>(server.baseUrl, '/api/views', {
      state: focusedOn('actor:andrey-rudenko'),
    });
    expect(await titleOf(`/v/${saved.body.id}`)).toBe('Andrey Rudenko — Parley');
  });

  it('names the focus of a view carried in the URL', async () => {
    const token = serialiseViewState(focusedOn('actor:maria-zakharova'));
    expect(await titleOf(`/?view=${token}`)).toBe('Maria Zakharova — Parley');
  });

  it('keeps the plain title for unknown, broken or empty views', async () => {
    expect(await titleOf('/v/AAAAAAAAAAAAAAAAAAAAAA')).toBe('Parley');
    expect(await titleOf('/?view=%%%not-a-view')).toBe('Parley');
    expect(await titleOf(`/?view=${serialiseViewState(focusedOn('actor:nobody'))}`)).toBe('Parley');
    expect(await titleOf('/')).toBe('Parley');
  });

  it('escapes names, so a name holding markup stays text', async () => {
    const name = '<script>alert(1)</script> Smith';
    const text = `${name} spoke.`;
    await postJson(server.baseUrl, '/api/bundles', {
      version: 1,
      article: { id: 'article:markup-test', title: 'Markup', lang: 'en', text },
      actors: [{ id: 'actor:script-smith', name }],
    });
    const token = serialiseViewState(focusedOn('actor:script-smith'));
    expect(await titleOf(`/?view=${token}`)).toBe(
      '&#60;script&#62;alert(1)&#60;/script&#62; Smith — Parley',
    );
  });
});

describe('a page address with a malformed percent-encoding', () => {
  it('is a 400 that names the problem, with no stack trace', async () => {
    const res = await fetch(`${server.baseUrl}/v/%E0%A4`);
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'bad_request' } });
    expect(body).not.toMatch(/URIError|at decodeURIComponent/);
  });
});
