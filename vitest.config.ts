import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'protocol/**/*.test.ts',
      'firmware-sim/**/*.test.ts',
      'gateway/**/*.test.ts',
      'tools/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // `vakt` run by a test runs the TypeScript sources, never a dist/ build older than them:
    // transpiled once per run into a temp tree (VAKT_TEST_TREE) that plain node loads.
    globalSetup: ['test/global-setup.ts'],
    env: { VAKT_SOURCE: '1' },
  },
});
