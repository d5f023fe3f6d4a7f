import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // src/node.ts imports the main entry by the package's name: in tests, the sources
  resolve: {
    alias: [
      { find: /^profielkit$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^profielkit\/(.+)$/, replacement: `${fileURLToPath(new URL('./src/', import.meta.url))}$1.ts` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // a limit that only catches a hang: a busy 2-core machine running two test runs at once must not reach it
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // property tests are the slowest; keep the default reporter's summary line for CI
    reporters: ['default'],
  },
});
