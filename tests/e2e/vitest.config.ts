// Built-site tests: real Chromium against dist/, served like a static host.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    // Browser pages are slow to start on 2 shared cores; these are not speed limits, only hang guards.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // The site sweep runs its page batches two at a time (describe.concurrent): 2 cores.
    maxConcurrency: 2,
  },
});
