import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'build/**', 'coverage/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      // core/ stays pure: no runtime, no AWS, no GitHub.
      'no-restricted-imports': [
        'error',
        { patterns: ['@actions/*', '@aws-sdk/*', 'node:*', 'fs', 'child_process', 'http', 'https'] },
      ],
      'no-restricted-globals': ['error', 'process'],
    },
  },
);
