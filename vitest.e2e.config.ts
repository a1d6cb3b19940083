import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts', 'tests/pdf/**/*.e2e.ts'],
    environment: 'node',
    // Messages in the commands' words, as runCli sets them (src/base/message.ts).
    setupFiles: ['tests/helpers/install-say.ts'],
    // Keep no-leftovers first: tear-downs run in reverse, so its check (no browser, temporary folder
    // or scratch folder left behind) comes after the shared browser's tear-down. Then one browser for
    // the whole run, and each fixture deck built once, before any test file.
    globalSetup: ['tests/e2e/support/no-leftovers.global.ts', 'tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time, one per core: a test mostly waits on a browser or a command it started.
    // Every file works in folders and browser contexts of its own, so none sees another's work.
    fileParallelism: true,
    maxWorkers: 2,
    // One module graph for all files: the files share no module state, and each keeps its own
    // server and browser context (tests/e2e/support/deck-session.ts).
    isolate: false,
  },
});
