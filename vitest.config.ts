import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Messages in the commands' words, as runCli sets them (src/base/message.ts).
    setupFiles: ['tests/helpers/install-say.ts'],
    // The unit tests share no state through modules (no mocks, no module-level caches they change):
    // one module graph for all files takes the suite from about 49 s to about 10 s on two cores.
    isolate: false,
  },
});
