// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { stageBoundaries } from './scripts/architecture/boundaries.mjs';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'eslint.config.mjs',
      'scripts/architecture/*.mjs',
      'jest.config.js',
      'jest.faults.config.js',
      'scripts/*.js',
      // Benchmark output, including an older checkout built there for comparison (bench/hostile-input.ts).
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/require-await': 'off',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // Libraries are imported through their aliases; libs never import apps; grants never imports reporting.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/libs/**', '**/apps/**'],
              message: 'Import libraries through @app/grants, @app/reporting or @app/platform.',
            },
            {
              group: ['../../../*'],
              message: 'No relative imports across projects; use the @app/* aliases.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/grants/**/*.ts', 'libs/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@app/reporting', message: 'libs/reporting depends on libs/grants, never the reverse.' },
          ],
          patterns: [
            { group: ['**/libs/**', '**/apps/**', '../../../*'], message: 'Use the @app/* aliases.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['@app/grants', '@app/reporting'].map((name) => ({
            name,
            message: 'libs/platform is infrastructure: it imports no domain library.',
          })),
          patterns: [
            { group: ['**/libs/**', '**/apps/**', '../../../*'], message: 'Use the @app/* aliases.' },
          ],
        },
      ],
    },
  },
  // The lifecycle stages' import boundaries (scripts/architecture/stages.json; every stage has `lint: true`).
  stageBoundaries((stage) => stage.lint, 'error'),
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-console': 'off',
      // Tests share fixtures and build the apps under test.
      'no-restricted-imports': 'off',
    },
  },
);
