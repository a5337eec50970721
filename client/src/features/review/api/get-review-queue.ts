import { reviewQueueResponseSchema, type ReviewQueueResponse } from '@parley/graph-schema';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { getJson } from '../../../lib/api-client';

/** Statements one page of the queue holds. */
export const REVIEW_PAGE_SIZE = 20;

export function getReviewQueue(offset: number, signal?: AbortSignal): Promise<ReviewQueueResponse> {
  return getJson('/review-queue', reviewQueueResponseSchema, {
    params: { limit: REVIEW_PAGE_SIZE, offset },
    signal,
  });
}

export const reviewQueueKeys = { all: ['review-queue'] as const };

/**
 * The statements of the whole graph that need review, a page at a time. After a decision every
 * query refetches, pages in order from the first: the decided statement has left the queue, so
 * each page's offset follows from the pages fetched before it.
 */
export const reviewQueueQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: reviewQueueKeys.all,
    queryFn: ({ pageParam, signal }) => getReviewQueue(pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last, pages) =>
      last.truncated ? pages.reduce((sum, page) => sum + page.items.length, 0) : undefined,
    // Someone else may have reviewed since the queue was last open.
    staleTime: 0,
  });

export const useReviewQueue = () => useInfiniteQuery(reviewQueueQueryOptions());
