import { defineConfig } from 'vitest/config';
import { basemapTiles } from './scripts/basemap-tiles-plugin.ts';

// Three kinds of tests (HOUSE_STYLE §11); run one with `vitest run --project NAME`.
export default defineConfig({
  test: {
    // summary-reporter prints the closing `tests: N passed, N failed` line CI reads.
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        // The basemap style imports `virtual:basemap-tiles`; tests get the dev server's answer.
        plugins: [basemapTiles()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Node by default; a file that needs the DOM says so with `// @vitest-environment jsdom`.
          environment: 'node',
        },
      },
      {
        plugins: [basemapTiles()],
        test: {
          name: 'data',
          include: ['tests/data/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/browser/global-setup.ts'],
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
