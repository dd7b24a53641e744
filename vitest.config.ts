import { configDefaults, defineConfig } from 'vitest/config';

// Four kinds of tests: unit tests beside the modules they test (src/**); content tests (test/content/**)
// that read the guide's sources (spelling, language, structure) and need no build; and site tests
// (the rest of test/**) that read the built dist/ or drive it in Chromium; and the engine flows
// (test/engines/**), the same flows in Chromium, Firefox and WebKit. `npm test` builds first, then runs all.
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
          exclude: [...configDefaults.exclude, 'test/content/**', 'test/engines/**'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The flows a reader depends on, written once (test/engines/flows.ts) and run in Chromium, Firefox
        // and WebKit, one file per engine: `npx vitest run --project engines firefox` runs one alone.
        test: {
          name: 'engines',
          include: ['test/engines/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/engines/global-setup.ts'],
          // WebdriverIO's logger prints every session at 'info'.
          env: { WDIO_LOG_LEVEL: 'warn' },
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
