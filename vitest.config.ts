import { availableParallelism } from 'node:os';
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
    // Most test time is waiting (on spawned daemons, brokers, PTYs, timers), not CPU: at least two
    // files at once, where vitest's default (cores - 1) runs them one by one on a 2-core machine.
    // `--maxWorkers N` overrides it. Files run longest first (vitest's cached durations).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // `vakt` run by a test runs the TypeScript sources, never a dist/ build older than them:
    // transpiled once per run into a temp tree (VAKT_TEST_TREE) that plain node loads.
    globalSetup: ['test/global-setup.ts'],
    env: { VAKT_SOURCE: '1' },
  },
});
