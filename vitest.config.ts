import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node loads `graphql` as CommonJS (its package has no exports map), and so does Apollo; Vite would
  // pick its ES build for our sources, and two copies of graphql cannot share schema objects.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    pool: 'forks',
    projects: [
      {
        extends: true,
        // Pure logic, but some of it (the synthetic graph) is CPU-heavy: a busy machine must not fail it.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          // One throwaway Neo4j for these tests, started before any of their files.
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
