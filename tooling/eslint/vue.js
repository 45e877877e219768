// Flat config for the Vue app: the shared TypeScript rules applied to .ts and .vue files.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { sharedRules } from './index.js';
import { cchcPlugin } from './rules/feature-boundaries.js';

/**
 * @param {{ rootDir: string, vuePlugin: any, restrictedImports?: { name: string, message: string }[], featuresSrcDir?: string }} options
 *   featuresSrcDir: the app's source folder laid out as features/ and shared/; each feature may
 *   import shared/ and packages, never another feature (rules/feature-boundaries.js).
 */
export function createVueConfig({ rootDir, vuePlugin, restrictedImports = [], featuresSrcDir }) {
  return tseslint.config(
    { ignores: ['dist/**', 'coverage/**', 'node_modules/**', '**/*.d.ts'] },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    ...vuePlugin.configs['flat/recommended'],
    {
      files: ['**/*.ts', '**/*.vue'],
      languageOptions: {
        globals: { ...globals.browser },
        parserOptions: {
          projectService: true,
          tsconfigRootDir: rootDir,
          parser: tseslint.parser,
          extraFileExtensions: ['.vue'],
        },
      },
      rules: {
        ...sharedRules,
        'vue/multi-word-component-names': 'error',
        'vue/max-attributes-per-line': 'off',
        'vue/singleline-html-element-content-newline': 'off',
        'vue/html-self-closing': 'off',
        ...(restrictedImports.length > 0
          ? { 'no-restricted-imports': ['error', { patterns: restrictedImports.map((r) => ({ group: [r.name], message: r.message })) }] }
          : {}),
      },
    },
    ...(featuresSrcDir
      ? [
          {
            files: ['src/**/*.ts', 'src/**/*.vue'],
            plugins: { cchc: cchcPlugin },
            rules: { 'cchc/feature-boundaries': ['error', { srcDir: featuresSrcDir }] },
          },
        ]
      : []),
    {
      files: ['**/*.js', '**/*.mjs'],
      ...tseslint.configs.disableTypeChecked,
      languageOptions: { globals: { ...globals.node } },
    },
    {
      files: ['**/*.test.ts', 'test/**/*.ts'],
      languageOptions: { globals: { ...globals.node } },
      rules: {
        '@typescript-eslint/no-unsafe-assignment': 'off',
        '@typescript-eslint/no-unsafe-member-access': 'off',
        '@typescript-eslint/no-unsafe-argument': 'off',
        '@typescript-eslint/no-unsafe-call': 'off',
      },
    },
  );
}
