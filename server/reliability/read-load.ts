import type { GraphResponse } from '@parley/graph-schema';
import autocannon from 'autocannon';

export type ReadLoadResult = {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  serverErrors: number;
};

/** Every read a person's explorer makes, over the nodes the server holds. */
export async function readPaths(baseUrl: string): Promise<string[]> {
  const res = await fetch(`${baseUrl}/api/graph?limit=2000`);
  if (!res.ok) throw new Error(`GET /api/graph answered ${res.status}`);
  const { nodes } = (await res.json()) as GraphResponse;
  const paths = ['/api/graph', '/api/who-said-what'];
  for (const node of nodes) {
    const id = encodeURIComponent(node.id);
    paths.push(`/api/nodes/${id}`, `/api/nodes/${id}/neighborhood`);
    if (node.kind === 'statement') paths.push(`/api/statements/${id}/chain`);
    else paths.push(`/api/search?q=${encodeURIComponent(node.label.slice(0, 40))}`);
  }
  return paths;
}

/** `connections` readers, each sending its next request as soon as the last is answered. */
export async function runReadLoad(options: {
  baseUrl: string;
  paths: string[];
  connections: number;
  seconds: number;
}): Promise<ReadLoadResult> {
  let next = 0;
  const result = await autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          path: options.paths[next++ % options.paths.length]!,
        }),
      },
    ],
  });
  return {
    connections: options.connections,
    seconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverErrors: result['5xx'],
  };
}
