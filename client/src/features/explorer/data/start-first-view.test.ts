import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { overviewQueryOptions } from '../api/get-overview';
import { createHistory } from '../state/history';
import { canvasStore } from '../state/canvas-store';
import { getEmptyCanvasState } from '../state/canvas-state';
import { startFirstView } from './start-first-view';

const overview = { nodes: [], edges: [], truncated: false };

afterEach(() => {
  vi.unstubAllGlobals();
  canvasStore.update(() => createHistory(getEmptyCanvasState()));
});

describe('startFirstView', () => {
  it('puts the first view in the query cache before anything renders', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(overview), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const queryClient = new QueryClient();
    startFirstView(queryClient);
    await vi.waitFor(() =>
      expect(queryClient.getQueryData(overviewQueryOptions().queryKey)).toEqual(overview),
    );
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('asks for nothing when the opened address does not show the first view', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    canvasStore.update(() => createHistory({ ...getEmptyCanvasState(), showOverview: false }));
    startFirstView(new QueryClient());
    expect(fetch).not.toHaveBeenCalled();
  });
});
