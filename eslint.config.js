import fs from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The layers, each importing only from those below it:
//   app → features → ui / store / persistence → domain;  config under all.
// Features never import each other, and anything outside a feature reaches it through its
// index.ts. See README, "How the code is laid out". One exception: exchange, which reads
// links and files in a worker, is used by the features that let boards in (sharing, the
// boards list); in return it imports nothing but the domain, so it can run in a worker.
const FEATURES = fs
  .readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const zone = (target, from, message, except) => ({ target, from, message, except });

/** The feature others may use (through its index.ts), which itself uses only the domain. */
const SHARED_FEATURE = 'exchange';

const LAYER_ZONES = [
  zone(
    './src/domain',
    ['./src/app', './src/features', './src/ui', './src/store', './src/persistence', './src/config'],
    'The domain is pure: it imports nothing from the app, its UI, the store, storage or config.',
  ),
  zone(
    './src/persistence',
    ['./src/app', './src/features', './src/ui'],
    'Persistence never imports the UI or a feature; the UI calls persistence, not the reverse.',
  ),
  zone(
    './src/store',
    ['./src/app', './src/features', './src/ui', './src/persistence'],
    'The store holds state and actions over the domain; it imports no UI, feature or storage.',
  ),
  zone(
    './src/ui',
    ['./src/app', './src/features', './src/store', './src/persistence'],
    'Shared UI is presentational: it takes what it shows as props, never from the store or storage.',
  ),
  zone(
    './src/config',
    ['./src/app', './src/features', './src/ui', './src/store', './src/persistence', './src/domain'],
    'Config is at the bottom: it imports nothing of the app.',
  ),
  zone('./src/features', './src/app', 'A feature never imports the app that composes it.'),
  ...FEATURES.map((name) =>
    zone(
      `./src/features/${name}`,
      './src/features',
      'Features do not import each other: share through ui/, store/ or domain/, or compose in app/.',
      [...new Set([`./${name}`, `./${SHARED_FEATURE}`])],
    ),
  ),
  zone(
    `./src/features/${SHARED_FEATURE}`,
    ['./src/app', './src/ui', './src/store', './src/persistence', './src/config'],
    'Exchange runs in a worker: it imports only the domain.',
  ),
  ...FEATURES.map((name) =>
    zone(
      [
        './src/app',
        './src/testing',
        ...FEATURES.filter((n) => n !== name).map((n) => `./src/features/${n}`),
      ],
      `./src/features/${name}`,
      `Reach the ${name} feature through its public entry, src/features/${name}/index.ts.`,
      ['./index.ts'],
    ),
  ),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.recommended,
      reactHooks.configs.flat.recommended,
    ],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.css', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Rooms of a readable size: a file over 300 lines or a function over 80 asks to be split.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The domain stays pure: no React, no store, no storage, no DOM.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'The domain imports no React.' },
            { group: ['zustand', 'zustand/*'], message: 'The domain imports no store.' },
            {
              group: ['idb-keyval', '@dnd-kit/*'],
              message: 'The domain imports no storage or UI.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'navigator',
          'location',
          'HTMLElement',
        ].map((name) => ({
          name,
          message: 'The domain does not touch the browser: take what it needs as an argument.',
        })),
      ],
    },
  },
  {
    // What runs in the worker has no page to draw on and no store to reach.
    files: [`src/features/${SHARED_FEATURE}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'Exchange imports no React.' },
            { group: ['zustand', 'zustand/*'], message: 'Exchange imports no store.' },
          ],
        },
      ],
    },
  },
  {
    // Storage builds and keeps data; showing it is for ui/ and features/.
    files: ['src/persistence/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'Persistence imports no React.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'relay/**/*.mjs', '*.config.{js,ts}', 'tests/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
