import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts', 'tests/pdf/**/*.e2e.ts'],
    environment: 'node',
    // Fails the run if a browser, a temporary folder or a scratch folder is left behind. Keep it
    // first: tear-downs run in reverse, so its check comes after every other set-up's tear-down.
    globalSetup: ['tests/e2e/support/no-leftovers.global.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser at a time: the machine has two cores, and the suites each start their own.
    fileParallelism: false,
  },
});
