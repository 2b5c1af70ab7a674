import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { environmentVariables } from '../../src/config.js';
import { fromProjectRoot } from '../../src/paths.js';

/** The variable of each row of the table under the `| Variable | Default | Meaning |` header. */
function documentedVariables(markdown: string): string[] {
  const lines = markdown.split('\n');
  const header = lines.findIndex((line) => /^\|\s*Variable\s*\|\s*Default\s*\|\s*Meaning\s*\|/.test(line));
  if (header === -1)
    throw new Error('docs/configuration.md has no table with the header | Variable | Default | Meaning |');
  const rows: string[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const name = /^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|/.exec(line)?.[1];
    if (!name) throw new Error(`a row of the configuration table does not start with a variable in backticks: ${line}`);
    rows.push(name);
  }
  return rows;
}

let documented: string[];
beforeAll(async () => {
  documented = documentedVariables(await readFile(fromProjectRoot('docs', 'configuration.md'), 'utf8'));
});

describe('the configuration table in docs/configuration.md', () => {
  it('has a row for every environment variable that src/config.ts reads', () => {
    const missing = environmentVariables.filter((name) => !documented.includes(name));
    expect(missing, 'variables in src/config.ts without a row in docs/configuration.md').toEqual([]);
  });

  it('lists no variable that src/config.ts does not read', () => {
    const known = new Set<string>(environmentVariables);
    const unknown = documented.filter((name) => !known.has(name));
    expect(unknown, 'rows in docs/configuration.md for variables src/config.ts does not know').toEqual([]);
  });

  it('lists each variable once', () => {
    const repeated = documented.filter((name, index) => documented.indexOf(name) !== index);
    expect(repeated).toEqual([]);
  });
});
