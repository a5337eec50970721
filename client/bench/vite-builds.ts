import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { findFreePort } from '@parley/server/fixture';

const CLIENT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH_PAGE_DIR = path.join(CLIENT_DIR, 'bench', 'page');

export type Built = { dir: string; remove(): void };

function tempDir(prefix: string): Built {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The app as `npm run build -w client` makes it, into a folder of its own: client/dist may be
 * in use by the end-to-end tests of someone else on the machine.
 */
export async function buildApp(): Promise<Built> {
  const out = tempDir('parley-bench-app-');
  await build({
    root: CLIENT_DIR,
    configFile: path.join(CLIENT_DIR, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: out.dir, emptyOutDir: true },
  });
  return out;
}

export type ServedPage = { url: string; close(): Promise<void> };

/** The frame-rate page, built for production like the app, on a free local port. */
export async function serveBenchPage(): Promise<ServedPage> {
  const out = tempDir('parley-bench-page-');
  const config = { root: BENCH_PAGE_DIR, configFile: false, logLevel: 'warn' } as const;
  // One chunk with all of Cytoscape in it: its size matters to no one here.
  const quiet = { chunkSizeWarningLimit: 5_000 };
  await build({ ...config, build: { outDir: out.dir, emptyOutDir: true, ...quiet } });
  const port = await findFreePort();
  const server = await preview({
    ...config,
    build: { outDir: out.dir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await server.close();
      out.remove();
    },
  };
}
