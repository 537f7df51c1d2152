import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in Debian's Chromium; one file at a time (each launches a browser).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    setupFiles: ['tests/e2e/setup-i18n.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
    // A reader's wait, not a benchmark: a loaded machine gets time before a poll gives up.
    expect: { poll: { timeout: 5000 } },
  },
});
