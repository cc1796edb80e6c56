import { defineConfig } from 'vitest/config';

// Unit tests run on their own; site and browser tests share one built site,
// made once by test/support/global-setup.ts.
/** Unit tests that read or print dates: run in two time zones (see the unit projects). */
const DATE_TESTS = ['test/unit/text/dates.test.ts', 'test/unit/small-utils.test.ts', 'test/unit/classroom/timeline.test.ts', 'test/unit/classroom/citations.test.ts', 'test/unit/import/metadata.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // A zone behind UTC, where midnight UTC is still the day before: a date read or
          // printed in local time instead of UTC shows here, whatever zone the machine is in.
          env: { TZ: 'America/Los_Angeles' },
          // Some unit tests run the command-line tools or build a 10,000-name matcher; the site
          // builds run alongside, so allow for a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // The tests that read or print dates again, in the zone furthest ahead of UTC.
          name: 'unit-dates',
          include: DATE_TESTS,
          env: { TZ: 'Pacific/Kiritimati' },
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
