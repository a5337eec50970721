import { editsResponseSchema, type EditsResponse } from '@parley/graph-schema';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client';

/** Edits one page of the history shows. */
export const EDITS_PAGE_SIZE = 50;

export function listEdits(offset: number, signal?: AbortSignal): Promise<EditsResponse> {
  return getJson('/edits', editsResponseSchema, {
    params: { limit: EDITS_PAGE_SIZE, offset },
    signal,
  });
}

export const editKeys = { all: ['edits'] as const };

/** The log of corrections, newest first, a page at a time. */
export const editsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: editKeys.all,
    queryFn: ({ pageParam, signal }) => listEdits(pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last, pages) =>
      last.truncated ? pages.length * EDITS_PAGE_SIZE : undefined,
    // Someone else may have corrected the graph since the panel was last open.
    staleTime: 0,
  });

export const useEdits = () => useInfiniteQuery(editsQueryOptions());
