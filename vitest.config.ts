import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['{core,page,cli,data,components,entrypoints,background,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
