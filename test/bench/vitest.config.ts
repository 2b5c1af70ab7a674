import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Benchmarks run only on request, never in `npm test`: see verkenner.bench.ts. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  // One copy of graphql, as in the project's own vitest.config.ts: Node loads it as CommonJS (so does
  // Apollo), and Vite would pick its ES build for our sources; two copies cannot share schema objects.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    include: ['test/bench/**/*.bench.ts'],
    pool: 'forks',
    testTimeout: 900_000,
    hookTimeout: 300_000,
  },
});
