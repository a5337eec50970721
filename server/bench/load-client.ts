/**
 * The load generator, in a process of its own so it does not share the server's event loop.
 * argv[2]: JSON { url, paths, connections, seconds }; prints autocannon's summary as JSON.
 */
import autocannon from 'autocannon';

type LoadPlan = { url: string; paths: string[]; connections: number; seconds: number };

const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;
let next = 0;
const result = await autocannon({
  url: plan.url,
  connections: plan.connections,
  duration: plan.seconds,
  requests: [
    { setupRequest: (req) => ({ ...req, path: plan.paths[next++ % plan.paths.length]! }) },
  ],
});
process.stdout.write(
  JSON.stringify({
    connections: result.connections,
    seconds: result.duration,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // autocannon's errors already count its timeouts.
    errors: result.errors + result.non2xx,
  }),
);
