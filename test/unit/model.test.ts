import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  bottleneckKinds,
  bottleneckStatuses,
  nodeLabels,
  relationTypeNames,
  relationTypes,
  roleKinds,
  scales,
} from '../../src/graph/model.js';
import { fromProjectRoot } from '../../src/paths.js';
import { readSeedFiles, type SeedData } from '../../src/seeds/seed-files.js';

/** The section "## The model" of docs/knowledge-graph.md: its two tables, nodes and relations. */
function modelSection(markdown: string): string {
  const start = markdown.indexOf('\n## The model\n');
  if (start < 0) throw new Error('docs/knowledge-graph.md has no section "## The model"');
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

let modelTables: string;
let seedModel: string;
let seeds: SeedData;
beforeAll(async () => {
  modelTables = modelSection(await readFile(fromProjectRoot('docs', 'knowledge-graph.md'), 'utf8'));
  seedModel = await readFile(fromProjectRoot('seeds', 'MODEL.md'), 'utf8');
  seeds = await readSeedFiles();
});

describe('the graph model', () => {
  it('is documented in docs/knowledge-graph.md: a row for every node label and relation type', () => {
    for (const label of nodeLabels) expect(modelTables, label).toMatch(new RegExp(`^\\| \`${label}\` \\|`, 'm'));
    for (const type of relationTypeNames) expect(modelTables, type).toMatch(new RegExp(`^\\| \`${type}\` \\|`, 'm'));
  });

  it('gives for every relation type an example that is a real relation in the seeds, unless only liaisons record it', () => {
    const relations = new Set(seeds.relations.map(({ record }) => `${record.van} ${record.type} ${record.naar}`));
    for (const [type, definition] of Object.entries(relationTypes)) {
      const [van, naar] = definition.example.split(' → ');
      const seeded = relations.has(`${van} ${type} ${naar}`);
      expect(seeded, `${type}: ${definition.example}`).toBe(!('recordedOnly' in definition));
      expect(modelTables, type).toContain(`| \`${definition.example}\` |`);
    }
  });

  it('explains every role kind in the Rolsoorten section of seeds/MODEL.md', () => {
    const section = seedModel.slice(seedModel.indexOf('## Rolsoorten'));
    for (const kind of roleKinds) expect(section, kind).toMatch(new RegExp(`^\\| \`${kind}\` \\| \\S`, 'm'));
  });

  it('explains every kind, scale and status of a knelpunt in the Knelpunten section of seeds/MODEL.md', () => {
    const section = seedModel.slice(seedModel.indexOf('## Knelpunten'), seedModel.indexOf('## Tegenstrijdigheden'));
    for (const word of [...bottleneckKinds, ...scales, ...bottleneckStatuses])
      expect(section, word).toMatch(new RegExp(`^\\| [^|]*\\| \`${word}\` \\| \\S`, 'm'));
  });

  it('lists every seeded knelpunt in the Knelpunten section of seeds/MODEL.md', () => {
    const section = seedModel.slice(seedModel.indexOf('### Opgenomen'), seedModel.indexOf('### Weggelaten'));
    const knelpunten = seeds.nodes.filter(({ record }) => record.label === 'Knelpunt').map(({ record }) => record.id);
    expect(knelpunten.length).toBeGreaterThan(0);
    for (const id of knelpunten) expect(section, id).toContain(`| \`${id}\` |`);
  });
});
