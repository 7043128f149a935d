import { defineConfig } from 'vitest/config';

// Real Chromium and real Firefox ESR. Files run one at a time: two cores cannot host several
// browsers at once without starving the timers the tests watch.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/support/global-setup.ts'],
  },
});
