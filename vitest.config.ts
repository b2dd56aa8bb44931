/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// Three kinds of test: pure logic and content (node), islands (jsdom), and the built site in Chromium.
// Each run also writes a JSON report, so CI can close with one "N passed, N failed" line.
const run = process.argv.includes('e2e') ? 'e2e' : 'unit';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: `tests/.tmp/report-${run}.json` }]],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/lib/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/bench/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/astro/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.{ts,tsx}', 'tests/browser/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/build/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
