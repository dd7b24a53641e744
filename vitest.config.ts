import { configDefaults, defineConfig } from 'vitest/config';

// Three kinds of tests: unit tests beside the modules they test (src/**); content tests (test/content/**)
// that read the guide's sources (spelling, language, structure) and need no build; and site tests
// (the rest of test/**) that read the built dist/ or drive it in Chromium. `npm test` builds first, then
// runs all three.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'content',
          include: ['test/content/**/*.test.ts'],
          environment: 'node',
          // Loading four spelling dictionaries takes a few seconds.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/content/**'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
