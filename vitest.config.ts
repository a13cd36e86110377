import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // As in a release build (wxt.config.ts): no user timing.
  define: { __BACKSTORY_BENCH__: 'false' },
  test: {
    include: [
      '{core,page,cli,data,components,entrypoints,background,scripts}/**/*.test.{ts,tsx}',
      'tests/unit/**/*.test.ts',
    ],
    // DOM tests run in a real browser (vitest.dom.config.ts, `npm run test:dom`).
    exclude: [...configDefaults.exclude, '**/*.dom.test.ts'],
    environment: 'node',
  },
});
