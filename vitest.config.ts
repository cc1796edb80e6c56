import { defineConfig } from 'vitest/config';

// Unit tests run on their own; site and browser tests share one built site,
// made once by test/support/global-setup.ts.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Some unit tests run the command-line tools or build a 10,000-name matcher; the site
          // builds run alongside, so allow for a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // Search loads Pagefind's WebAssembly before it answers: on a busy machine that
          // takes longer than expect.poll's default second.
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
