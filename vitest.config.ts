import { defineConfig } from 'vitest/config';

/**
 * Four tiers (`vitest run --project <name>`; `pnpm test` runs them all):
 * - unit: pure functions and single mechanisms on small states, in one process (`pnpm test:unit`, the inner loop);
 * - model: `*.model.test.ts`, runs of the whole model (lever effects, calibration, projections) and other
 *   slow numerical checks (the elementary functions against reference values);
 * - cli: `*.cli.test.ts`, the command line and worker threads in subprocesses;
 * - browser: `*.browser.test.ts`, the built lab in Debian's Chromium.
 * No test asserts wall-clock time: the timeouts only stop a hung run.
 */
const TIERS = ['model', 'cli', 'browser'] as const;

export default defineConfig({
  test: {
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Every core: vitest 4 defaults to one fewer, which on a 2-core machine runs the files one at a time.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // One process for all unit files: each would otherwise pay a second or more importing the engine.
          isolate: false,
          include: ['tests/**/*.test.ts'],
          exclude: TIERS.map((tier) => `tests/**/*.${tier}.test.ts`),
        },
      },
      ...TIERS.map((tier) => ({ extends: true as const, test: { name: tier, include: [`tests/**/*.${tier}.test.ts`] } })),
    ],
  },
});
