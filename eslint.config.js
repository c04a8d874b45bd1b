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
    languageOptions: {
      globals: Object.fromEntries(
        ['process', 'console', 'URL', 'fetch', 'setTimeout', 'clearTimeout', 'Buffer', 'AbortController'].map(
          (g) => [g, 'readonly'],
        ),
      ),
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/ecosystems/**/*.ts'],
    rules: {
      // core/ and ecosystems/ stay pure: no runtime, no AWS, no GitHub.
      'no-restricted-imports': [
        'error',
        { patterns: ['@actions/*', '@aws-sdk/*', 'node:*', 'fs', 'child_process', 'http', 'https'] },
      ],
      'no-restricted-globals': ['error', 'process'],
    },
  },
);
