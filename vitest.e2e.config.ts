import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts', 'tests/pdf/**/*.e2e.ts'],
    environment: 'node',
    // Keep no-leftovers first: tear-downs run in reverse, so its check (no browser, temporary folder
    // or scratch folder left behind) comes after the shared browser's tear-down. Then one browser for
    // the whole run, and each fixture deck built once, before any test file.
    globalSetup: ['tests/e2e/support/no-leftovers.global.ts', 'tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One file at a time: the machine has two cores, and the exporters under test start browsers of their own.
    fileParallelism: false,
  },
});
