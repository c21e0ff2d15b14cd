import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Once per run: fails when CI needs a browser or PostgreSQL that is missing, else prints the skip notice.
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are memory-hungry WASM; two workers fit the 2-core machines.
    pool: 'forks',
    maxWorkers: 2,
  },
});
