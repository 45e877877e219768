// Mutation testing of the domain rules (npm run test:mutation from the repository root; the
// shared settings are in tooling/jest/stryker.js).
import { createStrykerConfig } from '@cchc/jest-preset/stryker';

export default createStrykerConfig({
  // The rules at the edge of submission: the deadline and grace, and the citation date rules. A
  // mutant costs tens of seconds here (jest in ESM mode starts afresh for each, and a busy 2-core
  // machine makes that slower), so the default set is what one run covers in about a quarter of an
  // hour; docs/testing.md has the figures. Widen it for one run with --mutate, e.g.
  //   npx stryker run --mutate 'src/periods/*.ts,!src/**/*.test.ts'
  mutate: ['src/periods/classify-submission.ts', 'src/citations/check-citations.ts:41-68'],
  jestConfigFile: 'jest.config.js',
  timeoutMS: 60_000,
});
