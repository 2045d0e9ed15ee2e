import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // CI sets CI=true, which changes typescript-eslint's behaviour (it infers a single run and
    // types files as they are on disk). Tests see the same environment on every machine.
    env: { CI: 'true' },
  },
});
