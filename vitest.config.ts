import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // property tests are the slowest; keep the default reporter's summary line for CI
    reporters: ['default'],
  },
});
