import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{libs,apps,tools,tests}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
