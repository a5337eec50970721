import { defineConfig } from 'vitest/config';

const MINUTE_MS = 60_000;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            '{graph-schema,seed,server,client}/src/**/*.test.{ts,tsx}',
            'server/bench/**/*.test.ts',
            'client/bench/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['server/test/integration/**/*.test.ts'],
          globalSetup: ['server/test/integration/global-setup.ts'],
          testTimeout: MINUTE_MS,
          hookTimeout: 5 * MINUTE_MS,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['client/e2e/**/*.test.ts'],
          globalSetup: ['client/e2e/global-setup.ts'],
          testTimeout: 2 * MINUTE_MS,
          hookTimeout: 5 * MINUTE_MS,
          fileParallelism: false,
        },
      },
    ],
  },
});
