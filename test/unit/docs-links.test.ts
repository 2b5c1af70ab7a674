import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromProjectRoot, projectRoot } from '../../src/paths.js';
import { brokenLinks, headingAnchors } from '../support/markdown-links.js';

/**
 * README.md, every Markdown file in docs/ and seeds/MODEL.md: the manual and the seed model, whose links (many of
 * them to headings of the same file) a reader follows.
 */
function manual(): string[] {
  const docs = readdirSync(fromProjectRoot('docs')).filter((name) => name.endsWith('.md'));
  return [
    fromProjectRoot('README.md'),
    ...docs.map((name) => fromProjectRoot('docs', name)),
    fromProjectRoot('seeds', 'MODEL.md'),
  ];
}

describe('the links in README.md, docs/ and seeds/MODEL.md', () => {
  it('point at files that exist and at headings those files have', () => {
    expect(brokenLinks(projectRoot, manual())).toEqual([]);
  });
});

describe('the link check', () => {
  const root = mkdtempSync(join(tmpdir(), 'ibp-links-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names a link to a missing file, a missing heading or a place outside the repository', () => {
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'a.md'), '# A\n\n## Twee woorden\n');
    writeFileSync(
      join(root, 'README.md'),
      [
        '# Start',
        '[goed](docs/a.md#twee-woorden) [hier](#start) [map](docs/) [web](https://example.org/x.md#y)',
        '[weg](docs/b.md) [kop](docs/a.md#drie-woorden) [eigen](#elders) [buiten](../x.md)',
        '![plaatje](docs/ontbreekt.png)',
        '```',
        '[in code](docs/ontbreekt.md)',
        '```',
      ].join('\n'),
    );
    expect(brokenLinks(root, [join(root, 'README.md')])).toEqual([
      { file: 'README.md', href: 'docs/b.md', reason: 'no such file' },
      { file: 'README.md', href: 'docs/a.md#drie-woorden', reason: 'no heading with this anchor' },
      { file: 'README.md', href: '#elders', reason: 'no heading with this anchor' },
      { file: 'README.md', href: '../x.md', reason: 'points outside the repository' },
      { file: 'README.md', href: 'docs/ontbreekt.png', reason: 'no such file' },
    ]);
  });

  it('makes anchors as GitHub does: without markup and punctuation, repeats numbered', () => {
    const anchors = headingAnchors(
      '# The `npm test` command\n\n## Measured (2026-12-05, on 2 cores)\n\n## Notes\n\n## Notes\n',
    );
    expect([...anchors]).toEqual(['the-npm-test-command', 'measured-2026-12-05-on-2-cores', 'notes', 'notes-1']);
  });
});
