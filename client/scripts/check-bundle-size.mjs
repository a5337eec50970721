// Fails when the JavaScript the first view loads (the scripts and module preloads named in
// dist/index.html) grows past the budget. Lazy chunks (dagre, fcose) are not counted.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const INITIAL_JS_BUDGET_BYTES = 300 * 1024;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
if (initial.length === 0) throw new Error('No script found in dist/index.html; build first.');

let total = 0;
for (const file of new Set(initial)) {
  const bytes = gzipSync(fs.readFileSync(path.join(dist, file))).length;
  total += bytes;
  process.stdout.write(`${file}: ${(bytes / 1024).toFixed(1)} KB gzip\n`);
}
const verdict = total <= INITIAL_JS_BUDGET_BYTES ? 'within' : 'OVER';
process.stdout.write(
  `initial JS: ${(total / 1024).toFixed(1)} KB gzip, ${verdict} the ${INITIAL_JS_BUDGET_BYTES / 1024} KB budget\n`,
);
if (total > INITIAL_JS_BUDGET_BYTES) process.exit(1);
