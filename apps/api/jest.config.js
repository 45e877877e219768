import { createJestConfig } from '@cchc/jest-preset';

export default {
  ...createJestConfig(),
  // The reliability suite has its own config and command (jest.reliability.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/reliability/'],
  // Each test file opens its own database; two at a time keeps a 2-core machine responsive.
  maxWorkers: 2,
  // A test file's set-up (a database, an app, seeded data) can wait for the CPU behind the browser
  // tests on a 2-core CI machine: slowness is measured by `npm run bench`, not failed here.
  testTimeout: 120_000,
};
