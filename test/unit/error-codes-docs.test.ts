import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callerCodes } from '../../src/errors.js';
import { fromProjectRoot } from '../../src/paths.js';

/** The codes in the first column of the table under "## Errors" in docs/api.md. */
function documentedCodes(): string[] {
  const markdown = readFileSync(fromProjectRoot('docs', 'api.md'), 'utf8');
  const section = markdown.slice(
    markdown.indexOf('## Errors'),
    markdown.indexOf('\n## ', markdown.indexOf('## Errors')),
  );
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Z_]+)`/g)].map((match) => match[1]!));
}

/** Codes answered outside the error formatter: by HTTP middleware, or for a fault of the service. */
const otherCodes = ['PAYLOAD_TOO_LARGE', 'INTERNAL_SERVER_ERROR'];

describe('the errors table in docs/api.md', () => {
  it('has a row for every code a caller can get', () => {
    expect(new Set(documentedCodes())).toEqual(new Set([...callerCodes, ...otherCodes]));
  });
});
