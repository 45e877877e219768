import { createJestConfig } from '@cchc/jest-preset';

export default {
  ...createJestConfig(),
  // Each test file opens its own database; two at a time keeps a 2-core machine responsive.
  maxWorkers: 2,
};
