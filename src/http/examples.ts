import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromProjectRoot } from '../paths.js';

export const examplesDirectory = fromProjectRoot('schema', 'voorbeelden');

export interface Example {
  /** The file name without `.graphql`, e.g. `wat-komt-samen-in-een-regio`. */
  name: string;
  query: string;
}

/** The named example operations for liaisons, offered as tabs in the IDE and run by the tests. */
export function loadExamples(): Example[] {
  return readdirSync(examplesDirectory)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.graphql$/, ''),
      query: readFileSync(join(examplesDirectory, file), 'utf8'),
    }));
}
