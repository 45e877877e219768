// Mutation testing of the API's report and access rules (npm run test:mutation from the repository
// root; the shared settings are in tooling/jest/stryker.js).
import { createStrykerConfig } from '@cchc/jest-preset/stryker';

export default createStrykerConfig({
  // The access policy and the versioned write. Every test file that builds the app imports these
  // files, so the related tests would be most of the API suite: jest.mutation.config.js keeps the
  // four files that judge them. Widen one run with --mutate, e.g.
  //   --mutate src/modules/auth/auth.guard.ts
  mutate: ['src/modules/reports/report-access.policy.ts', 'src/modules/reports/report.repository.ts:63-77'],
  jestConfigFile: 'jest.mutation.config.js',
  // A mutant whose tests all pass runs every test of the four files, each building the app (up to
  // a minute on a 2-core machine), far beyond the time Stryker expects from the per-test timings
  // of its first run: with a short timeout such a survivor is reported as timed out (detected).
  timeoutMS: 90_000,
});
