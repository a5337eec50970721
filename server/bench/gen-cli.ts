/** `npm run gen -- --statements N [--seed S]`: writes a synthetic graph through the bundle ingest. */
import { loadConfig } from '../src/config/env';
import { applySchema } from '../src/db/apply-schema';
import { createLogger } from '../src/logger';
import { openDatabase } from '../src/open-database';
import { progressBar } from './progress';
import { syntheticBundles } from './synthetic-graph';
import { ingestSynthetic } from './synthetic-ingest';
import { readCliFlags } from '../src/cli-flags';

const USAGE = 'usage: npm run gen -- [--statements N] [--seed S]';
const { values } = readCliFlags(USAGE, {
  statements: { type: 'string', default: '10000' },
  seed: { type: 'string', default: '1' },
});
const statements = Number(values.statements);
const seed = Number(values.seed);
if (!Number.isInteger(statements) || statements <= 0) {
  console.error(`--statements must be a positive whole number, got '${values.statements}'`);
  process.exit(2);
}

const { db, close } = await openDatabase(loadConfig(), createLogger('warn'));
try {
  await applySchema(db);
  const bar = progressBar('Generating', statements, 'statements');
  const done = await ingestSynthetic(db, syntheticBundles({ statements, seed }), statements, (p) =>
    bar.update(p.statements),
  );
  bar.stop();
  console.log(
    `Wrote ${done.statements} statements (${done.elements} new nodes and relationships) in ${(done.writeMs / 1000).toFixed(1)} s of writes: ${Math.round(done.elements / (done.writeMs / 1000))} elements/s`,
  );
} finally {
  await close();
}
