import type { SavedView, ViewState } from '@parley/graph-schema';
import { VIEW_LIMITS, getEmptyViewState } from '@parley/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, postJson, resetToSeed, startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await resetToSeed(server.db);
});
afterAll(() => server.close());

const state: ViewState = {
  ...getEmptyViewState(),
  addedNodeIds: ['actor:maria-zakharova'],
  expansions: [
    { nodeId: 'actor:maria-zakharova', pages: 1 },
    { nodeId: 'actor:deleted-long-ago', pages: 2 },
  ],
  selection: { type: 'node', id: 'actor:andrey-rudenko' },
  focusNodeId: 'actor:maria-zakharova',
  filters: { ...getEmptyViewState().filters, hiddenLangs: ['te'] },
  viewport: { zoom: 1.5, x: 10, y: -20, anchorId: 'actor:maria-zakharova' },
  positions: { 'actor:andrey-rudenko': { x: 120, y: -40 } },
};

describe('saved views', () => {
  it('saves without a token and reopens the same state by an unguessable id', async () => {
    const saved = await postJson<SavedView>(server.baseUrl, '/api/views', { state }, undefined);
    expect(saved.status).toBe(201);
    expect(saved.body.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const opened = await getJson<SavedView>(server.baseUrl, `/api/views/${saved.body.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.state).toEqual(state);
    expect(opened.body.missingNodeIds).toEqual(['actor:deleted-long-ago']);
  });

  it('gives every save a new id', async () => {
    const a = await postJson<SavedView>(server.baseUrl, '/api/views', { state });
    const b = await postJson<SavedView>(server.baseUrl, '/api/views', { state });
    expect(a.body.id).not.toBe(b.body.id);
  });

  it('names what is wrong with a bad view', async () => {
    const bad = await postJson<{ error: { message: string } }>(server.baseUrl, '/api/views', {
      state: { ...state, mode: 'sideways' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('state.mode');
    const badId = await postJson<{ error: { message: string } }>(server.baseUrl, '/api/views', {
      state: { ...state, addedNodeIds: ['planet:mars'] },
    });
    expect(badId.status).toBe(400);
    expect(badId.body.error.message).toContain('state.addedNodeIds.0');
  });

  it('refuses a view over the size limit', async () => {
    const ids = Array.from({ length: 1_000 }, (_, i) => `actor:${'x'.repeat(290)}-${i}`);
    const huge = { state: { ...state, addedNodeIds: ids } };
    expect(JSON.stringify(huge).length).toBeGreaterThan(VIEW_LIMITS.savedBytes);
    const { status } = await postJson(server.baseUrl, '/api/views', huge);
    expect(status).toBe(413);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await getJson(server.baseUrl, '/api/views/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await getJson(server.baseUrl, '/api/views/not!an!id')).status).toBe(400);
  });
});
