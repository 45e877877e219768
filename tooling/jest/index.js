// Jest preset shared by every workspace. Our packages are ESM (NestJS 12 is ESM only), so jest
// runs with --experimental-vm-modules and ts-jest in ESM mode; relative imports are written with
// a `.js` extension (nodenext) and mapped back to the `.ts` source here.

/**
 * @param {{ tsconfig?: string, testMatch?: string[], setupFiles?: string[] }} [options]
 * @returns {import('jest').Config}
 */
export function createJestConfig(options = {}) {
  return {
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    moduleFileExtensions: ['ts', 'js', 'json'],
    testMatch: options.testMatch ?? ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
    moduleNameMapper: {
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    // Every tsconfig sets isolatedModules, so ts-jest transpiles each file on its own: type
    // checking is the typecheck task's job, and a whole-program check per file was 2x slower.
    transform: {
      '^.+\\.ts$': [
        'ts-jest',
        {
          useESM: true,
          tsconfig: options.tsconfig ?? '<rootDir>/tsconfig.json',
          diagnostics: { ignoreCodes: [151002] },
        },
      ],
    },
    setupFiles: options.setupFiles ?? [],
    testTimeout: 30_000,
  };
}
