// Lint rules for the whole repository. The import boundaries below are the ones drawn in
// docs/ARCHITECTURE.md; keep the two in step.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The few Node globals our plain .js/.mjs scripts use; TypeScript files get theirs from tsc.
const nodeGlobals = {
  process: 'readonly',
  console: 'readonly',
  URL: 'readonly',
  Buffer: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  setInterval: 'readonly',
  clearInterval: 'readonly',
  fetch: 'readonly',
  AbortController: 'readonly',
  structuredClone: 'readonly',
};

const serverOnlyPackages = ['fastify', '@fastify/*', 'kysely', 'better-sqlite3', 'pg', 'pino'];

const domainStaysOutOfApps = [
  {
    patterns: [
      '@concord/server',
      '@concord/server/*',
      '@concord/web',
      '@concord/web/*',
      '**/apps/**',
    ],
    message: 'The domain package imports nothing from apps.',
  },
];

/** Builds a no-restricted-imports rule from { patterns: [...globs], message } groups. */
function restrictImports(groups) {
  return [
    'error',
    {
      patterns: groups.map(({ patterns, message }) => ({ group: patterns, message })),
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/data/**',
      '**/coverage/**',
      'test-results/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused names are noise; a leading underscore marks a deliberately unused parameter.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Our control-character ranges are deliberate: they strip such characters from file names,
      // exported cells and tokens. An accidental one would be caught in review and by tests.
      'no-control-regex': 'off',
    },
  },
  {
    // Migrations are frozen: they take Kysely<any> (as Kysely's docs advise) instead of importing
    // today's table types, which would change under them.
    files: ['apps/server/src/db/migrate.ts', 'apps/server/src/db/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.flat.recommended.rules,
  },

  // Import boundaries (docs/ARCHITECTURE.md, "Who may import whom").
  {
    // Everything in the domain package, scripts and tests included, stays out of the apps.
    files: ['packages/domain/**/*.ts'],
    rules: { 'no-restricted-imports': restrictImports(domainStaysOutOfApps) },
  },
  {
    // The engine itself is pure: it runs in the browser and on the server. File access lives in
    // src/node/ (content loading), which only the server and scripts import.
    files: ['packages/domain/src/**/*.ts'],
    ignores: ['packages/domain/src/node/**', 'packages/domain/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrictImports([
        ...domainStaysOutOfApps,
        {
          patterns: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net'],
          message: 'The domain has no I/O; file access belongs in packages/domain/src/node/.',
        },
        {
          patterns: [...serverOnlyPackages, 'react', 'react-dom', 'react-dom/*'],
          message: 'The domain is framework-free: no HTTP, database or UI libraries.',
        },
      ]),
    },
  },
  {
    // The browser app talks to the server over HTTP only and never bundles Node code.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrictImports([
        {
          patterns: [
            '@concord/server',
            '@concord/server/*',
            '**/server/src/**',
            '**/apps/server/**',
          ],
          message:
            'apps/web talks to the server over HTTP (/api/v1); it never imports server code.',
        },
        {
          patterns: ['@concord/domain/node', '**/domain/src/node/**'],
          message:
            'The node entry of @concord/domain reads files; the browser uses @concord/domain.',
        },
        {
          patterns: ['**/packages/domain/**'],
          message: "Import the domain as '@concord/domain', not by a relative path.",
        },
        {
          patterns: ['node:*', ...serverOnlyPackages],
          message: 'Server-side modules do not belong in the browser bundle.',
        },
      ]),
    },
  },
  {
    files: ['apps/server/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports([
        {
          patterns: ['@concord/web', '@concord/web/*', '**/web/src/**', '**/apps/web/**'],
          message: 'The server serves the built web app as static files; it never imports it.',
        },
        {
          patterns: ['**/packages/domain/**'],
          message: "Import the domain as '@concord/domain', not by a relative path.",
        },
      ]),
    },
  },
  {
    // Journeys see what a user sees: the built app through HTTP and a browser.
    files: ['e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports([
        {
          patterns: ['@concord/*', '**/apps/**', '**/packages/**'],
          message:
            'e2e drives the built app through HTTP and a browser only; it imports no app code.',
        },
      ]),
    },
  },
);
