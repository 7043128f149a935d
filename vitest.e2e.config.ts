import { defineConfig } from 'vitest/config';

// Real Chromium and real Firefox ESR. `scripts/e2e.mjs` runs this config in lanes side by side,
// each for one browser (UNHUNCH_E2E_BROWSER): most of a real-browser test is waiting on a real
// timer, so the lanes share two cores well. Within a lane, files run one at a time: many busy
// browsers at once would starve the timers the tests watch.
// A file named `*-chromium.test.ts` or `*-firefox.test.ts` is for that browser alone; every other
// file is written once for both and must hold tests for each (vitest fails a file with none).
// The harness's own tests (support/, no browser) run once, with Firefox.
const only = process.env.UNHUNCH_E2E_BROWSER;
if (only !== undefined && only !== 'chromium' && only !== 'firefox') {
  throw new Error(`UNHUNCH_E2E_BROWSER must be chromium or firefox, not ${only}`);
}
const other = only === 'chromium' ? 'firefox' : only === 'firefox' ? 'chromium' : null;

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    exclude: [
      '**/node_modules/**',
      ...(other ? [`tests/e2e/**/*-${other}.test.ts`] : []),
      ...(only === 'chromium' ? ['tests/e2e/support/**'] : []),
    ],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/e2e/support/global-setup.ts'],
  },
});
