import baseConfig from './jest.config.js';

// The tests that decide whether a mutant of the report access rules or of the versioned write
// survives (stryker.config.mjs): the permission matrix, the workflow and judgement routes, and the
// concurrency tests. Every other API test file also builds the app and so imports these files,
// but checks other things; running them for each mutant would multiply the run's time by ten.
export default {
  ...baseConfig,
  testMatch: [
    '<rootDir>/test/e2e/report-permissions.e2e.test.ts',
    '<rootDir>/test/e2e/report-workflow.e2e.test.ts',
    '<rootDir>/test/e2e/report-judgement.e2e.test.ts',
    '<rootDir>/test/integration/report-concurrency.integration.test.ts',
  ],
};
