import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The layers of a request, top to bottom: http and server → resolvers → loaders → repositories →
 * neo4j, with read-model/ and graph/ below them all. A folder may import from its own layer and the
 * ones below, never from one above; each entry names what a folder must not import.
 */
const layers = {
  'src/graph': ['../*'],
  'src/read-model': ['../*', '!../graph'],
  'src/neo4j': [
    '../repositories',
    '../loaders',
    '../resolvers',
    '../read-model',
    '../http',
    '../server.js',
    '../context.js',
    '../errors.js',
  ],
  'src/repositories': ['../loaders', '../resolvers', '../http', '../server.js', '../context.js', '../errors.js'],
  'src/loaders': ['../resolvers', '../http', '../server.js', '../errors.js'],
  'src/resolvers': ['../http', '../server.js', '../main.js'],
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
