// Lint: typescript-eslint's recommended rules, and the layers of the monorepo
// enforced by Nx's module-boundaries rule from each project's tags.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

/** Node built-ins and server, database, UI and Word packages: none of them belongs in the pure core. */
const NOT_IN_DOMAIN = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'http',
  'https',
  'net',
  'stream',
  'zlib',
  'url',
  'buffer',
  'fastify',
  'fastify-*',
  '@fastify/*',
  'pg',
  'drizzle-orm',
  'drizzle-orm/*',
  'drizzle-zod',
  '@electric-sql/*',
  'react',
  'react-dom',
  'react/*',
  '@fluentui/*',
  'office-js',
  '@types/office-js',
  'exceljs',
  'pino',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'tools/fuzz/out/**',
      '.nx/**',
      '**/*.generated.ts',
      '.data/**',
      'apps/server/drizzle/**',
      '**/vite.config.ts.timestamp-*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { plugins: { '@nx': nx } },
  {
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        window: 'readonly',
        document: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      // `a && b()` and `c ? d() : e()` as statements are a deliberate style in the host and the reader.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-control-regex': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // The pure core: the same code in Word, the browser, the server and the CLI.
            { sourceTag: 'scope:domain', onlyDependOnLibsWithTags: ['scope:domain'], allowedExternalImports: ['zod', 'csv-parse', 'csv-parse/*', 'saxes', '@noble/hashes/*'] },
            // Adapters turn the outside (OOXML, office-js) into the core's model and back.
            // …and may call the server through the browser-safe contract (the add-in's sync engine).
            { sourceTag: 'scope:adapter', onlyDependOnLibsWithTags: ['scope:domain', 'scope:adapter', 'scope:contract', 'scope:strings'] },
            // The HTTP contract: plain zod over the core's schemas, safe in a browser.
            { sourceTag: 'scope:contract', onlyDependOnLibsWithTags: ['scope:domain', 'scope:contract'], allowedExternalImports: ['zod'] },
            { sourceTag: 'scope:strings', onlyDependOnLibsWithTags: ['scope:domain', 'scope:contract'] },
            // Test builders and the in-memory Word host serve tests, benchmarks and fuzzing only.
            { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:domain', 'scope:adapter', 'scope:testing'] },
            { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['scope:domain', 'scope:adapter', 'scope:contract', 'scope:strings', 'scope:testing'] },
            { sourceTag: 'scope:tool', onlyDependOnLibsWithTags: ['scope:domain', 'scope:adapter', 'scope:contract', 'scope:strings', 'scope:testing'] },
          ],
        },
      ],
    },
  },
  {
    // The domain libraries: no I/O, no server, no UI, no Word.
    files: ['libs/{model,template,vn,plan,rules,catalog}/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.bench.ts', '**/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: NOT_IN_DOMAIN, message: 'The domain libraries stay pure: no Node I/O, server, database, UI or Word imports.' }] },
      ],
    },
  },
  {
    // Adapters and the contract ship to the browser: no Node built-ins, no server or database code.
    files: ['libs/{docx,api,strings-vi,word-adapter,plan-sync}/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.bench.ts', '**/testing/**', '**/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: NOT_IN_DOMAIN.filter((p) => !['office-js', '@types/office-js'].includes(p)),
              message: 'Browser-bound libraries import no Node built-ins, server or database packages.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests, benchmarks and their helpers may reach any layer (the in-memory Word host, the
    // server in process through @cds/server/testing); cycles and relative paths are still refused.
    files: ['**/*.test.{ts,tsx}', '**/*.bench.ts', '**/e2e/**', '**/bench/**', '**/testing/**', '**/test/**', '**/test-support/**'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints: [{ sourceTag: '*', onlyDependOnLibsWithTags: ['*'] }] },
      ],
    },
  },
  {
    // The in-memory Word host implements office-js's interfaces as classes merged with them, on purpose.
    files: ['libs/word-host/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-declaration-merging': 'off' },
  },
  {
    files: ['apps/{dashboard,word-addin}/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  prettier,
);
