import type { IngestBundle } from '@parley/graph-schema';

export type WriteBurstResult = {
  sent: number;
  succeeded: number;
  rateLimited: number;
  /** 429 answers without a Retry-After of at least one second. */
  rateLimitedWithoutRetryAfter: number;
  /** Any other answer (a 5xx above all), by status. */
  unexpected: Record<number, number>;
};

/** Sends every bundle at once, as one client, and sorts the answers. */
export async function runWriteBurst(options: {
  baseUrl: string;
  token: string;
  bundles: IngestBundle[];
}): Promise<WriteBurstResult> {
  const answers = await Promise.all(
    options.bundles.map(async (bundle) => {
      const res = await fetch(`${options.baseUrl}/api/bundles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
        body: JSON.stringify(bundle),
      });
      await res.arrayBuffer();
      return { status: res.status, retryAfter: Number(res.headers.get('retry-after')) };
    }),
  );
  const result: WriteBurstResult = {
    sent: answers.length,
    succeeded: 0,
    rateLimited: 0,
    rateLimitedWithoutRetryAfter: 0,
    unexpected: {},
  };
  for (const { status, retryAfter } of answers) {
    if (status === 200) result.succeeded++;
    else if (status === 429) {
      result.rateLimited++;
      if (!(retryAfter >= 1)) result.rateLimitedWithoutRetryAfter++;
    } else result.unexpected[status] = (result.unexpected[status] ?? 0) + 1;
  }
  return result;
}
