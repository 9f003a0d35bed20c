import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', 'dist-main', 'dist-renderer', 'release', 'drizzle', 'test-artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // shell.openExternal hands a URL to the operating system: in the program's code only the one
    // checked helper may (tests stub the shell and look at it). The rule sees calls, references
    // (`.then(shell.openExternal)`), shell['openExternal'] and destructuring;
    // tests/unit/lint-open-external.test.ts proves it fires.
    files: ['src-main/**/*.ts', 'src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-main/electron/safe-open-external.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          property: 'openExternal',
          message:
            'Open links only through safeOpenExternal (src-main/electron/safe-open-external.ts), which allows https only.',
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Services run under plain Node: Electron belongs in src-main/electron/ only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/api/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', '../*', '!./*'],
              message: 'The contract is shared with the renderer: pure TypeScript and zod only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'electron', 'better-sqlite3', 'drizzle-orm*'],
              message: 'The renderer is sandboxed: it reaches data only through window.api.',
            },
            {
              regex: 'src-main/(?!api/contract(/|$))',
              message: 'The renderer may import only the API contract from src-main.',
            },
          ],
        },
      ],
    },
  },
);
