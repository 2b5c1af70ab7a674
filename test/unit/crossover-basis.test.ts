import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  comparePairs,
  crossoverPartners,
  type CrossoverMember,
  type PartnerPair,
} from '../../src/graph/crossover-partners.js';
import { hasDesignations, namesOpgave } from '../../src/graph/opgave-designations.js';
import { fromProjectRoot } from '../../src/paths.js';
import { readSeedFiles, type SeedData } from '../../src/seeds/seed-files.js';

/*
 * The crossovers in the seeds rest on what the texts say (seeds/MODEL.md, "Crossovers"): every VERBINDT quotes a
 * sentence naming its opgave as whole words (or its heading, as a further range), a crossover has at most one kern,
 * and the partner pairs the seeds give are exactly the pairs MODEL.md's table "Basis van elke crossover" states and
 * argues for.
 */

let seeds: SeedData;
let model: string;
beforeAll(async () => {
  seeds = await readSeedFiles();
  model = await readFile(fromProjectRoot('seeds', 'MODEL.md'), 'utf8');
});

const verbindt = () => seeds.relations.map(({ record }) => record).filter((record) => record.type === 'VERBINDT');
const crossoverIds = () =>
  seeds.nodes.filter(({ record }) => record.label === 'Crossover').map(({ record }) => record.id);

/** Each crossover's members as the seeds give them, with the role on each VERBINDT. */
function membersFromSeeds(): Map<string, CrossoverMember[]> {
  const members = new Map<string, CrossoverMember[]>(crossoverIds().map((id) => [id, []]));
  for (const relation of verbindt()) {
    members
      .get(relation.van)
      ?.push({ opgave: relation.naar, rol: relation.eigenschappen?.rol as CrossoverMember['rol'] });
  }
  return members;
}

/** The table "Basis van elke crossover" in MODEL.md, as members per crossover. */
function membersFromBasisTable(markdown: string): Map<string, CrossoverMember[]> {
  const section = markdown.split('### Basis van elke crossover')[1]?.split('\n### ')[0];
  if (!section) throw new Error('MODEL.md has no section "Basis van elke crossover"');
  const rows = section.split('\n').filter((line) => line.startsWith('| `crossover:'));
  const idsIn = (cell: string) => [...cell.matchAll(/`(opgave:[a-z0-9-]+)`/g)].map((match) => match[1]!);
  return new Map(
    rows.map((row) => {
      const [, id, kern, verbonden] = row.split('|').map((cell) => cell.trim());
      const members: CrossoverMember[] = idsIn(verbonden!).map((opgave) => ({ opgave, rol: 'verbonden' }));
      if (kern !== 'onderling') members.push(...idsIn(kern!).map((opgave) => ({ opgave, rol: 'kern' as const })));
      return [id!.replaceAll('`', ''), members];
    }),
  );
}

const pairsOf = (members: Map<string, CrossoverMember[]>): Record<string, PartnerPair[]> =>
  Object.fromEntries([...members].map(([id, list]) => [id, crossoverPartners(list)]));

describe('the basis of every crossover', () => {
  it('gives every VERBINDT a quote that names its opgave', () => {
    const relations = verbindt();
    expect(relations.length).toBeGreaterThan(0);
    for (const relation of relations) {
      expect(hasDesignations(relation.naar), `designations of ${relation.naar}`).toBe(true);
      const quotes = relation.bronnen.flatMap((bron) => [bron.citaat, ...(bron.ook ?? []).map((deel) => deel.citaat)]);
      const named = quotes.some((citaat) => namesOpgave(citaat, relation.naar));
      expect(named, `${relation.van} VERBINDT ${relation.naar}: no quote names the opgave`).toBe(true);
    }
  });

  it('gives every VERBINDT a role, kern or verbonden, and the same value as rolSoort', () => {
    for (const relation of verbindt()) {
      const where = `${relation.van} VERBINDT ${relation.naar}`;
      expect(['kern', 'verbonden'], where).toContain(relation.eigenschappen?.rol);
      expect(relation.eigenschappen?.rolSoort, where).toBe(relation.eigenschappen?.rol);
    }
  });

  it('gives every crossover at least two opgaven and at most one kern', () => {
    for (const [id, members] of membersFromSeeds()) {
      expect(new Set(members.map((member) => member.opgave)).size, id).toBeGreaterThanOrEqual(2);
      expect(members.filter((member) => member.rol === 'kern').length, id).toBeLessThanOrEqual(1);
    }
  });

  it('makes exactly the partners that MODEL.md states for each crossover, and no others', () => {
    const stated = membersFromBasisTable(model);
    expect([...stated.keys()].sort()).toEqual(crossoverIds().sort());
    expect(pairsOf(membersFromSeeds())).toEqual(pairsOf(stated));
    const all = (pairs: Record<string, PartnerPair[]>) =>
      [
        ...new Map(
          Object.values(pairs)
            .flat()
            .map((pair) => [pair.join('|'), pair]),
        ).values(),
      ].sort(comparePairs);
    expect(all(pairsOf(membersFromSeeds()))).toEqual(all(pairsOf(stated)));
  });
});
