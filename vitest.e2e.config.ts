import { defineConfig } from 'vitest/config';

/** End-to-end suites: real Chromium and Firefox with the built extension (`npm run test:e2e`). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
