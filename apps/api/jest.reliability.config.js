import { createJestConfig } from '@cchc/jest-preset';

// The reliability suite (test/reliability): the OpenAPI fuzz, races, headers, isolation and the
// rest, run by `npm run test:reliability`. The ordinary config leaves this folder out.
export default {
  ...createJestConfig({ testMatch: ['<rootDir>/test/reliability/**/*.reliability.test.ts'] }),
  // One file at a time: the fuzz and the race tests measure the app, not a machine shared with
  // other test files, and CI budgets about three minutes per database for the whole suite.
  maxWorkers: 1,
  testTimeout: 120_000,
};
