import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Benchmarks run only on request, never in `npm test`: see verkenner.bench.ts. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/bench/**/*.bench.ts'],
    pool: 'forks',
    testTimeout: 900_000,
    hookTimeout: 300_000,
  },
});
