// Mutation testing of the domain rules (npm run test:mutation from the repository root): StrykerJS
// changes the source one small edit at a time (a `>` into `>=`, a condition into `true`...) and
// runs the tests that cover the changed line; a mutant no test notices "survives". Our jest runs
// as ESM, hence the node flag. docs/testing.md records the score and the surviving mutants.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  // Named, because pnpm's layout hides the plugin from Stryker's scan of its own node_modules.
  plugins: ['@stryker-mutator/jest-runner'],
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  // Each mutant runs only the test files that import the mutated file (jest --findRelatedTests).
  jest: { projectType: 'custom', configFile: 'jest.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  // The rules at the edge of submission: the deadline and grace, and the citation date rules. A
  // mutant costs tens of seconds here (jest in ESM mode starts afresh for each, and a busy 2-core
  // machine makes that slower), so the default set is what one run covers in about a quarter of an
  // hour; docs/testing.md has the figures. Widen it for one run with --mutate, e.g.
  //   npx stryker run --mutate 'src/periods/*.ts,!src/**/*.test.ts'
  mutate: ['src/periods/classify-submission.ts', 'src/citations/check-citations.ts:41-68'],
  // ts-jest compiles each file on its own without type checks, so the files need no @ts-nocheck
  // (which Stryker would otherwise write into every source and test file for the run).
  disableTypeChecks: false,
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // In place: some tests read the repository's docs (../../docs), which a sandbox copy of this
  // package would not have. Stryker puts every file back when the run ends or is interrupted.
  inPlace: true,
  // Inside node_modules: tests that scan the repository's files skip it.
  tempDirName: 'node_modules/.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 80, break: null },
};
