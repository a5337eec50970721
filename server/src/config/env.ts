import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AccessTokens } from '../auth';
import type { RateLimits } from '../middleware/rate-limits';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const port = z.coerce.number().int().min(1).max(65_535);
const memorySize = z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g');
const optional = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const envSchema = z.object({
  PORT: port.default(8080),
  /** Loopback by default: a deployment that serves others sets 0.0.0.0 (or an interface's address). */
  PARLEY_HOST: z.string().trim().min(1).default('127.0.0.1'),
  NEO4J_URI: optional,
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: optional,
  PARLEY_DATA_DIR: z.string().default('.data'),
  PARLEY_BOLT_PORT: port.default(7687),
  PARLEY_NEO4J_HEAP: memorySize.default('512m'),
  PARLEY_NEO4J_PAGECACHE: memorySize.default('256m'),
  PARLEY_API_TOKEN: optional,
  PARLEY_READ_TOKEN: optional,
  PARLEY_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url('must be a comma-separated list of origins such as https://example.org'))),
  PARLEY_WRITE_RATE_LIMIT: z.coerce.number().int().positive().default(60),
  PARLEY_SEARCH_RATE_LIMIT: z.coerce.number().int().positive().default(600),
  PARLEY_VIEW_RATE_LIMIT: z.coerce.number().int().positive().default(60),
  PARLEY_SEED: z.enum(['auto', 'off']).default('auto'),
  PARLEY_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  neo4j:
    | { mode: 'external'; uri: string; username: string; password: string; database?: string }
    | { mode: 'embedded'; dataDir: string; boltPort: number; heap: string; pageCache: string };
  tokens: AccessTokens;
  apiTokenGenerated: boolean;
  corsOrigins: string[];
  rateLimits: RateLimits;
  seed: 'auto' | 'off';
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  clientDistDir: string;
};

/** Reads and checks the environment once at start; an invalid variable stops start-up with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const generatedToken = randomBytes(24).toString('base64url');
  return {
    port: e.PORT,
    host: e.PARLEY_HOST,
    neo4j: e.NEO4J_URI
      ? {
          mode: 'external',
          uri: e.NEO4J_URI,
          username: e.NEO4J_USERNAME,
          password: e.NEO4J_PASSWORD,
          ...(e.NEO4J_DATABASE ? { database: e.NEO4J_DATABASE } : {}),
        }
      : {
          mode: 'embedded',
          // The embedded Neo4j keeps its store in a folder of its own inside Parley's data folder.
          dataDir: path.resolve(REPO_ROOT, e.PARLEY_DATA_DIR, 'neo4j'),
          boltPort: e.PARLEY_BOLT_PORT,
          heap: e.PARLEY_NEO4J_HEAP,
          pageCache: e.PARLEY_NEO4J_PAGECACHE,
        },
    tokens: {
      write: e.PARLEY_API_TOKEN ?? generatedToken,
      ...(e.PARLEY_READ_TOKEN ? { read: e.PARLEY_READ_TOKEN } : {}),
    },
    corsOrigins: e.PARLEY_CORS_ORIGINS,
    rateLimits: {
      writesPerMinute: e.PARLEY_WRITE_RATE_LIMIT,
      searchesPerMinute: e.PARLEY_SEARCH_RATE_LIMIT,
      viewsPerMinute: e.PARLEY_VIEW_RATE_LIMIT,
    },
    apiTokenGenerated: e.PARLEY_API_TOKEN === undefined,
    seed: e.PARLEY_SEED,
    logLevel: e.PARLEY_LOG_LEVEL,
    clientDistDir: path.join(REPO_ROOT, 'client', 'dist'),
  };
}
