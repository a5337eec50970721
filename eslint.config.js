import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/target/**', '.data/**', '**/test-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['client/src/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^\\.\\./\\.\\./(explorer|search|node-details|share|export|add-article|review)(/|$)',
              message: 'Features do not import each other; compose them in src/app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/extract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(db|ingest|routes|review|edits)(/|$)',
              message: 'Extraction is pure: the ingest side reads and writes Neo4j.',
            },
          ],
        },
      ],
    },
  },
  {
    // Command-line entry points talk to a person on the terminal.
    files: ['**/*-cli.ts', '**/cli.ts', '**/bench/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
