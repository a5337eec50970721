import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const require = createRequire(import.meta.url);

/**
 * A worker thread running a TypeScript module. Parley runs from source through tsx, whose loader
 * a worker does not inherit, so the worker registers it before importing the module.
 */
export function startTsWorker(module: URL): Worker {
  // The ES module build of tsx's API: its CommonJS build cannot register the loader from here.
  const tsxDir = path.dirname(require.resolve('tsx/package.json'));
  const tsx = pathToFileURL(path.join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(boot, { eval: true });
}
