import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts', 'tests/pdf/**/*.e2e.ts'],
    environment: 'node',
    // One browser for the whole run, and each fixture deck built once, before any test file.
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One file at a time: the machine has two cores, and the exporters under test start browsers of their own.
    fileParallelism: false,
  },
});
