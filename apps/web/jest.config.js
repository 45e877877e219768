import { createJestConfig } from '@cchc/jest-preset';

export default {
  ...createJestConfig({ tsconfig: '<rootDir>/tsconfig.node.json' }),
  // The browser test starts the built app and Chromium: give it room, and run files one by one.
  testTimeout: 120_000,
  maxWorkers: 1,
  // Files run in this process: a set-up that timed out can still start the app or Chromium after
  // its test has failed, and nothing would then close them. The app process is unreferenced and
  // killed on exit (app-process.js); leaving is forced so a stray browser cannot hold the run.
  forceExit: true,
};
