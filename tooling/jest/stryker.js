// The StrykerJS settings both mutation runs share (npm run test:mutation; docs/testing.md has
// the scores). Stryker changes the source one small edit at a time (a `>` into `>=`, a condition
// into `true`...) and runs the tests that cover the changed line; a mutant no test notices
// "survives". Each package names what it mutates, which jest config judges it, and how long a
// mutant may take.

/**
 * @param {{ mutate: string[], jestConfigFile: string, timeoutMS: number }} options
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function createStrykerConfig({ mutate, jestConfigFile, timeoutMS }) {
  return {
    testRunner: 'jest',
    // Named, because pnpm's layout hides the plugin from Stryker's scan of its own node_modules.
    plugins: ['@stryker-mutator/jest-runner'],
    // Our jest runs as ESM.
    testRunnerNodeArgs: ['--experimental-vm-modules'],
    // Each mutant runs only the test files that import the mutated file (jest --findRelatedTests).
    jest: { projectType: 'custom', configFile: jestConfigFile, enableFindRelatedTests: true },
    coverageAnalysis: 'perTest',
    mutate,
    // ts-jest compiles each file on its own without type checks, so the files need no @ts-nocheck
    // (which Stryker would otherwise write into every source and test file for the run).
    disableTypeChecks: false,
    ignoreStatic: true,
    concurrency: 2,
    timeoutMS,
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: 'reports/mutation/index.html' },
    jsonReporter: { fileName: 'reports/mutation/mutation.json' },
    // In place: some tests read the repository's docs (../../docs) or start the built app from
    // ../../node_modules and dist, which a sandbox copy would not have. Stryker puts every file
    // back when the run ends or is interrupted.
    inPlace: true,
    // Inside node_modules: tests that scan the repository's files skip it.
    tempDirName: 'node_modules/.stryker-tmp',
    cleanTempDir: 'always',
    thresholds: { high: 90, low: 80, break: null },
  };
}
