import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'demo-output/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Nothing from a page is ever inserted as HTML (issue #6): forbid the sinks outright.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes; never insert page text as HTML.' },
        { property: 'outerHTML', message: 'Build DOM nodes; never insert page text as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes; never insert page text as HTML.' },
      ],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never insert HTML.' }],
    },
  },
  {
    // The content scripts run in every sponsor page: zod (and every module that builds a schema at
    // load) stays out of their bundles. Types from those modules are free (erased at build).
    // The chip frame loads once per visible catalog listing: the same holds for it.
    files: ['entrypoints/detector/**', 'entrypoints/reader/**', 'entrypoints/badge/**', 'entrypoints/chip-frame/**', 'components/badge/**', 'lib/yield-to-page.ts', 'components/bench-mark.ts', 'lib/extract/**', 'lib/sponsor-hosts.ts', 'lib/asked-flag.ts', 'lib/page-address.ts', 'lib/messages/post.ts', 'lib/outlines/lookup.ts', 'lib/outlines/names.ts', 'lib/outlines/shipped.ts', 'lib/units/credits.ts', 'lib/units/dates.ts', 'lib/store/limits.ts'],
    ignores: ['lib/extract/schema.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: 'No zod in the content script: validate in the worker.', allowTypeImports: true }],
          patterns: [
            {
              regex: '(^|/)(schema|schemas|model|evaluation)$|/course/facts$|/outlines/distribution$|/(rules|messages|store|outlines)(/index)?$',
              allowTypeImports: true,
              message: 'This module builds zod schemas at load: import only its types (import type) from the content script.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
