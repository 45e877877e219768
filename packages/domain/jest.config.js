import { createJestConfig } from '@cchc/jest-preset';

const base = createJestConfig();

// Markdown imports (the README, the seed report) load as strings through a local transform.
export default {
  ...base,
  moduleFileExtensions: [...(base.moduleFileExtensions ?? []), 'md'],
  transform: { ...base.transform, '^.+\\.md$': '<rootDir>/test/markdown-transform.cjs' },
};
