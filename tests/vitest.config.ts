// Lives in tests/ to keep the project's top level to the agreed set of files.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A guard against hangs, not a speed limit: CLI tests spawn Node, which takes seconds on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
