import { createJestConfig } from '@cchc/jest-preset';

export default {
  ...createJestConfig({ tsconfig: '<rootDir>/tsconfig.node.json' }),
  // The browser test starts the built app and Chromium: give it room, and run files one by one.
  testTimeout: 120_000,
  maxWorkers: 1,
};
