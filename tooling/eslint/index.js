// Shared flat config: strict, type-aware, zero warnings. Each workspace calls createConfig with
// its own directory so the TypeScript project service finds its tsconfig.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Rules every workspace shares; kept apart so the Vue config can reuse them. */
export const sharedRules = {
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/no-misused-promises': 'error',
  '@typescript-eslint/switch-exhaustiveness-check': 'error',
  '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
  '@typescript-eslint/no-explicit-any': 'error',
  eqeqeq: ['error', 'always'],
  'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
};

/**
 * @param {{ rootDir: string, ignores?: string[], restrictedImports?: { name: string, message: string }[] }} options
 */
export function createConfig({ rootDir, ignores = [], restrictedImports = [] }) {
  return tseslint.config(
    { ignores: ['dist/**', 'coverage/**', 'node_modules/**', '**/*.d.ts', ...ignores] },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        globals: { ...globals.node },
        parserOptions: { projectService: true, tsconfigRootDir: rootDir },
      },
      rules: {
        ...sharedRules,
        ...(restrictedImports.length > 0
          ? { 'no-restricted-imports': ['error', { patterns: restrictedImports.map((r) => ({ group: [r.name], message: r.message })) }] }
          : {}),
      },
    },
    {
      files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
      ...tseslint.configs.disableTypeChecked,
    },
    {
      // Benchmarks print their results.
      files: ['bench/**'],
      rules: { 'no-console': 'off' },
    },
    {
      files: ['**/*.test.ts', 'test/**/*.ts'],
      rules: {
        '@typescript-eslint/no-unsafe-assignment': 'off',
        '@typescript-eslint/no-unsafe-member-access': 'off',
        '@typescript-eslint/no-unsafe-argument': 'off',
        '@typescript-eslint/no-unsafe-call': 'off',
        '@typescript-eslint/unbound-method': 'off',
      },
    },
  );
}
