import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder. This module sits one level below the root both as source
 * (`src/paths.ts`, run by the tests) and compiled (`dist/paths.js`, run by `npm start`),
 * so the same relative URL works for both.
 */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** An absolute path inside the project; absolute segments are kept as they are. */
export function fromProjectRoot(...segments: string[]): string {
  return resolve(projectRoot, ...segments);
}
