import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The layers, top to bottom:
 *   commands/ and main.ts (entry points) → server.ts → http/ → context.ts → resolvers/ →
 *   recording/ → auth/ → loaders/ → repositories/ → neo4j/, with read-model/ and graph/ below them all.
 * Beside the request path: export/ (used by commands only), seeds/ and generate/ (loading data), and
 * ingestion/ and trusted-documents/ (pure logic that the layers above call). A folder may import from
 * its own layer and the ones below, never from one above; each entry names what a folder must not
 * import. Nothing imports commands/ or main.ts, and nothing below http/ imports http/.
 */
const entryPoints = ['../commands', '../main.js'];
/** What the folders beside the request path must not import: anything above the repositories. */
const dataTools = [
  '../loaders',
  '../resolvers',
  '../recording',
  '../auth',
  '../http',
  '../server.js',
  '../context.js',
  ...entryPoints,
];
const layers = {
  'src/graph': ['../*'],
  'src/read-model': ['../*', '!../graph'],
  'src/neo4j': [
    '../repositories',
    '../loaders',
    '../resolvers',
    '../read-model',
    '../auth',
    '../recording',
    '../export',
    '../seeds',
    '../generate',
    '../ingestion',
    '../http',
    '../server.js',
    '../context.js',
    '../errors.js',
    ...entryPoints,
  ],
  'src/repositories': [
    '../loaders',
    '../resolvers',
    '../auth',
    '../recording',
    '../export',
    '../seeds',
    '../generate',
    '../http',
    '../server.js',
    '../context.js',
    '../errors.js',
    ...entryPoints,
  ],
  'src/loaders': ['../resolvers', '../recording', '../auth', '../http', '../server.js', '../errors.js', ...entryPoints],
  'src/auth': [
    '../loaders',
    '../resolvers',
    '../recording',
    '../export',
    '../http',
    '../server.js',
    '../context.js',
    ...entryPoints,
  ],
  'src/recording': [
    '../loaders',
    '../resolvers',
    '../export',
    '../http',
    '../server.js',
    '../context.js',
    ...entryPoints,
  ],
  'src/resolvers': ['../export', '../http', '../server.js', ...entryPoints],
  'src/http': [
    '../resolvers',
    '../loaders',
    '../repositories',
    '../recording',
    '../export',
    '../server.js',
    ...entryPoints,
  ],
  // The verkenner runs in the browser: it imports nothing of the service.
  'src/http/verkenner': ['../*'],
  'src/export': dataTools,
  'src/seeds': [...dataTools, '../export'],
  'src/generate': [...dataTools, '../export'],
  'src/ingestion': [...dataTools, '../export', '../neo4j', '../repositories'],
  'src/trusted-documents': ['../*'],
  // Entry points wire the service's parts; they do not reach into a request's path.
  'src/commands': ['../main.js', '../resolvers', '../loaders', '../context.js'],
};

const layerRules = Object.entries(layers).map(([folder, forbidden]) => ({
  files: [`${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: forbidden.flatMap((pattern) =>
              pattern.startsWith('!') || pattern.endsWith('*') || pattern.endsWith('.js')
                ? [pattern]
                : [pattern, `${pattern}/**`],
            ),
            message: `${folder}/ imports only from its own layer and the ones below it (see eslint.config.js).`,
          },
        ],
      },
    ],
  },
}));

export default defineConfig(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'src/generated/',
      'src/http/verkenner/generated/',
      'src/http/ide/',
      'neo4j-launcher/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests and benchmarks read JSON answers by their known shape.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'probe/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  ...layerRules,
  prettier,
);
