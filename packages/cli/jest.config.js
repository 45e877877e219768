import { createJestConfig } from '@cchc/jest-preset';

// The tests run the command as a child process (node dist/cli.js), so the global setup builds it
// first: the test task depends only on the build of the packages it uses, not on its own.
export default {
  ...createJestConfig(),
  globalSetup: '<rootDir>/test/build-cli.js',
};
