/** Writes seed/bundles/*.json from curation.ts (run: npm run bundles --workspace seed). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { buildSeedBundleFiles } from './curation';
import { BUNDLES_DIR, fileIn, readArticleText } from './files';
import { parseSeedBundle } from './load-seed';

mkdirSync(BUNDLES_DIR, { recursive: true });
for (const [bundleFile, bundle] of buildSeedBundleFiles()) {
  parseSeedBundle(bundleFile, bundle, readArticleText); // refuse to write an invalid bundle
  const path = fileIn(BUNDLES_DIR, bundleFile);
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(JSON.stringify(bundle), { ...options, filepath: path }));
  process.stdout.write(
    `${path}: ${bundle.statements?.length ?? 0} statements, ${bundle.meetings?.length ?? 0} meetings\n`,
  );
}
