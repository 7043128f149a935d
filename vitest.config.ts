import { defineConfig } from 'vitest/config';

// Unit and component tests: fast, no real browser. Real-browser tests live in tests/e2e and run
// through vitest.e2e.config.ts, after a build.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
