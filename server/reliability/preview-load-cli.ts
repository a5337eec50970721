/**
 * `npm run test:preview-load`: how extraction time grows with the text (in this process), then,
 * against a Parley of its own, 200 k-character previews of adversarial texts while a monitor
 * asks `/api/health` one request after another. Prints each preview's answer and time and the
 * health latencies meanwhile; fails on a preview answered other than 200, 413 (too hard to read
 * in time) or 429 (no worker free in time), or on one that took longer than 2 s to answer.
 */
import path from 'node:path';
import { ARTICLE_LIMITS } from '@parley/graph-schema';
import { DEFAULT_RATE_LIMITS } from '../src/app';
import { readCliFlags } from '../src/cli-flags';
import { KnownEntityIndex } from '../src/extract/entities/known-entities';
import { ADVERSARIAL_UNITS, repeatedTo } from '../src/extract/eval/adversarial-texts';
import { extractArticle } from '../src/extract/extract-article';
import { startParley, UNLIMITED_PER_MINUTE } from './parley-process';
import { RELIABILITY_DIR } from './paths';

const USAGE = 'usage: npm run test:preview-load -- [--chars N]';
const { values } = readCliFlags(USAGE, { chars: { type: 'string', default: '200000' } });
const CHARS = Number(values.chars);
const ANSWER_WITHIN_MS = 2_000;
const SIZES = [25_000, 50_000, 100_000, 200_000];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

function scaling() {
  const known = new KnownEntityIndex([]);
  extractArticle({ text: repeatedTo('Putin said Seoul must stop. ', 20_000), lang: 'en' }, known);
  return Object.entries(ADVERSARIAL_UNITS).map(([text, { unit, lang }]) => {
    const ms = SIZES.map((size) => {
      const start = performance.now();
      extractArticle({ text: repeatedTo(unit, size), lang }, known);
      return performance.now() - start;
    });
    const row: Record<string, string> = { text };
    SIZES.forEach((size, i) => (row[`${size / 1000} k ms`] = ms[i]!.toFixed(0)));
    row['8× text: × time'] = (ms[3]! / Math.max(1, ms[0]!)).toFixed(1);
    return row;
  });
}

async function previewWithHealth(baseUrl: string, token: string | undefined, text: string) {
  const start = performance.now();
  let done = false;
  const preview = fetch(`${baseUrl}/api/articles/preview`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ text }),
  }).then(async (res) => {
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - start };
  });
  void preview.finally(() => (done = true));
  const health: number[] = [];
  while (!done) {
    const asked = performance.now();
    await (await fetch(`${baseUrl}/api/health`)).arrayBuffer();
    health.push(performance.now() - asked);
  }
  return { ...(await preview), health };
}

console.error('Extraction time by text size (this process, one core):');
console.table(scaling());

console.error('Starting Parley (embedded Neo4j, seed)…');
const parley = await startParley({
  rateLimits: { ...DEFAULT_RATE_LIMITS, writesPerMinute: UNLIMITED_PER_MINUTE },
  logFile: path.join(RELIABILITY_DIR, 'preview-load-server.log'),
});
let failed = false;
try {
  await previewWithHealth(parley.baseUrl, parley.token, 'Lavrov said so.'); // workers loaded
  const rows = [];
  const allHealth: number[] = [];
  const cases: [string, string | undefined, string][] = [
    ...Object.entries(ADVERSARIAL_UNITS).map(
      ([name, { unit }]): [string, string | undefined, string] => [
        `${name}, write token`,
        parley.token,
        repeatedTo(unit, CHARS),
      ],
    ),
    ['speech verbs, no token', undefined, repeatedTo('said ', CHARS)],
  ];
  for (const [name, token, text] of cases) {
    const { status, ms, health } = await previewWithHealth(parley.baseUrl, token, text);
    allHealth.push(...health);
    const sorted = [...health].sort((a, b) => a - b);
    const ok = [200, 413, 429].includes(status) && ms <= ANSWER_WITHIN_MS;
    if (!ok) failed = true;
    rows.push({
      preview: name,
      status,
      'answer ms': ms.toFixed(0),
      'health asks': health.length,
      'health p99 ms': percentile(sorted, 0.99).toFixed(1),
      'health max ms': (sorted.at(-1) ?? NaN).toFixed(1),
      ok,
    });
  }
  console.table(rows);
  const sorted = allHealth.sort((a, b) => a - b);
  console.error(
    `Health during all previews: ${sorted.length} answers, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms (target < 100 ms), max ${(sorted.at(-1) ?? NaN).toFixed(1)} ms. Previews without the write token are refused beyond ${ARTICLE_LIMITS.previewTextChars} characters; reading is capped at ${ARTICLE_LIMITS.previewReadMs} ms.`,
  );
  const errors = parley.errorLines();
  if (errors.length > 0) {
    failed = true;
    console.error(`Errors in the server's log:\n${errors.join('\n')}`);
  }
} finally {
  await parley.stop();
}
process.exit(failed ? 1 : 0);
