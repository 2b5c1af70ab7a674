import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeLabels, relationTypeNames, relationTypes, roleKinds } from '../../src/graph/model.js';
import { fromProjectRoot } from '../../src/paths.js';
import { readSeedFiles, type SeedData } from '../../src/seeds/seed-files.js';

let readme: string;
let seedModel: string;
let seeds: SeedData;
beforeAll(async () => {
  readme = await readFile(fromProjectRoot('README.md'), 'utf8');
  seedModel = await readFile(fromProjectRoot('seeds', 'MODEL.md'), 'utf8');
  seeds = await readSeedFiles();
});

describe('the graph model', () => {
  it('is documented in the README: a row for every node label and relation type', () => {
    for (const label of nodeLabels) expect(readme).toContain(`| \`${label}\` |`);
    for (const type of relationTypeNames) expect(readme).toContain(`| \`${type}\` |`);
  });

  it('gives for every relation type an example that is a real relation in the seeds', () => {
    const relations = new Set(seeds.relations.map(({ record }) => `${record.van} ${record.type} ${record.naar}`));
    for (const [type, definition] of Object.entries(relationTypes)) {
      const [van, naar] = definition.example.split(' → ');
      expect(relations, `${type}: ${definition.example}`).toContain(`${van} ${type} ${naar}`);
      expect(readme).toContain(definition.example);
    }
  });

  it('explains every role kind in the Rolsoorten section of seeds/MODEL.md', () => {
    const section = seedModel.slice(seedModel.indexOf('## Rolsoorten'));
    for (const kind of roleKinds) expect(section, kind).toMatch(new RegExp(`^\\| \`${kind}\` \\| \\S`, 'm'));
  });
});
