// Mutation testing of the API's report and access rules (npm run test:mutation from the repository
// root; docs/testing.md has the score). The tests that cover these files open a database and an
// app each, so the file set is kept narrow.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  // Named, because pnpm's layout hides the plugin from Stryker's scan of its own node_modules.
  plugins: ['@stryker-mutator/jest-runner'],
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  // Each mutant runs only the test files that import the mutated file (jest --findRelatedTests).
  jest: { projectType: 'custom', configFile: 'jest.mutation.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  // Every test file that builds the app imports these files, so the related tests would be most of
  // the API suite: jest.mutation.config.js keeps the four files that judge them. The set is the
  // access policy and the versioned write. Widen one run with --mutate, e.g.
  // --mutate src/modules/auth/auth.guard.ts
  mutate: ['src/modules/reports/report-access.policy.ts', 'src/modules/reports/report.repository.ts:63-77'],
  // ts-jest compiles each file on its own without type checks, so the files need no @ts-nocheck
  // (which Stryker would otherwise write into every source and test file for the run).
  disableTypeChecks: false,
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 15_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // In place: the app-process tests start the built app from ../../node_modules and dist, which a
  // sandbox copy would not have. Stryker puts every file back when the run ends or is interrupted.
  inPlace: true,
  // Inside node_modules: tests that scan the repository's files skip it.
  tempDirName: 'node_modules/.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};
