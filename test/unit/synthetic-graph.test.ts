import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseGenerateArguments } from '../../src/commands/generate-arguments.js';
import { ArgumentError } from '../../src/commands/run-command.js';
import { Random } from '../../src/generate/random.js';
import { syntheticGraph } from '../../src/generate/synthetic-graph.js';
import { planSyntheticGraph, type SyntheticGraphOptions } from '../../src/generate/synthetic-plan.js';
import { endpointAllows, idPrefix, nodeLabels, relationTypes, type NodeLabel } from '../../src/graph/model.js';
import type { NodeRow, RelationRow } from '../../src/repositories/seed-repository.js';

const options: SyntheticGraphOptions = { knopen: 2_000, relatiesPerKnoop: 10, seed: 7 };

function generate(graphOptions: SyntheticGraphOptions): { nodes: NodeRow[]; relations: RelationRow[] } {
  const nodes: NodeRow[] = [];
  const relations: RelationRow[] = [];
  for (const item of syntheticGraph(graphOptions)) {
    if (item.kind === 'node') nodes.push(item.row);
    else relations.push(item.row);
  }
  return { nodes, relations };
}

function fingerprint(graph: { nodes: NodeRow[]; relations: RelationRow[] }): string {
  return createHash('sha256').update(JSON.stringify(graph)).digest('hex');
}

function degrees(graph: { nodes: NodeRow[]; relations: RelationRow[] }): Map<string, number> {
  const degree = new Map(graph.nodes.map((node) => [node.properties.id, 0]));
  for (const { van, naar } of graph.relations) {
    degree.set(van, degree.get(van)! + 1);
    degree.set(naar, degree.get(naar)! + 1);
  }
  return degree;
}

const graph = generate(options);
const labelOf = new Map(graph.nodes.map((node) => [node.properties.id, node.label]));
const countOf = (label: NodeLabel) => graph.nodes.filter((node) => node.label === label).length;

describe('the synthetic graph', () => {
  it('is the same for the same seed and sizes, and different for another seed', () => {
    expect(fingerprint(generate(options))).toBe(fingerprint(graph));
    expect(fingerprint(generate({ ...options, seed: 8 }))).not.toBe(fingerprint(graph));
  });

  it('has exactly the nodes asked for, and relations per node times nodes', () => {
    expect(graph.nodes).toHaveLength(2_000);
    expect(graph.relations).toHaveLength(20_000);
    const sparse = generate({ knopen: 1_500, relatiesPerKnoop: 3.5, seed: 1 });
    expect(sparse.nodes).toHaveLength(1_500);
    expect(sparse.relations).toHaveLength(5_250);
  });

  it('has the real numbers of opgaven, provinces (with CBS codes), municipalities and water boards, and every kind', () => {
    expect(countOf('Opgave')).toBe(10);
    expect(countOf('Provincie')).toBe(12);
    expect(countOf('Gemeente')).toBe(342);
    expect(countOf('Waterschap')).toBe(21);
    for (const label of nodeLabels) expect(countOf(label), label).toBeGreaterThan(0);
    const cbsCodes = graph.nodes.filter((node) => node.label === 'Provincie').map((node) => node.properties.cbsCode);
    expect(cbsCodes).toEqual(Array.from({ length: 12 }, (_, i) => `PV${20 + i}`));
    const opgaven = graph.nodes.filter((node) => node.label === 'Opgave');
    expect(opgaven.map((node) => node.properties.nummer)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(opgaven.map((node) => node.properties.categorie))).toEqual(
      new Set(['fysiek', 'sociaal', 'overkoepelend']),
    );
  });

  it('gives every node a unique, readable id of its kind, a name, a description and the synthetic origin', () => {
    expect(new Set(graph.nodes.map((node) => node.properties.id)).size).toBe(graph.nodes.length);
    for (const { label, properties } of graph.nodes) {
      expect(properties.id).toMatch(new RegExp(`^${idPrefix(label)}:synthetisch-\\d+$`));
      expect(properties.naam).toEqual(expect.any(String));
      expect(properties.beschrijving).toEqual(expect.any(String));
      expect(properties.herkomst).toBe('synthetisch');
    }
  });

  it('dates every milestone as the seeds do: datum, the days it covers and its wording', () => {
    for (const { properties } of graph.nodes.filter((node) => node.label === 'Mijlpaal')) {
      expect(properties.datum).toMatch(/^\d{4}(-\d{2}(-\d{2})?|-Q[1-4])?$/);
      expect(properties.wanneer).toEqual(expect.any(String));
      expect(String(properties.datumVan) <= String(properties.datumTot)).toBe(true);
    }
  });

  it('joins only kinds the model allows for each relation type, between nodes that exist', () => {
    const disallowed = graph.relations.filter(({ type, van, naar }) => {
      const [from, to] = [labelOf.get(van), labelOf.get(naar)];
      return (
        !from || !to || !endpointAllows(relationTypes[type].from, from) || !endpointAllows(relationTypes[type].to, to)
      );
    });
    expect(disallowed).toEqual([]);
    expect(new Set(graph.relations.map((relation) => relation.type)).size).toBe(Object.keys(relationTypes).length);
  });

  it('never repeats a relation: each has its own sleutel, and no node is joined to itself', () => {
    expect(new Set(graph.relations.map((relation) => relation.properties.sleutel)).size).toBe(graph.relations.length);
    expect(graph.relations.filter((relation) => relation.van === relation.naar)).toEqual([]);
  });

  it('gives every node and relation sources that cite a generated document at a line range', () => {
    const documents = new Set(
      graph.nodes.filter((node) => node.label === 'Document').map((node) => node.properties.id),
    );
    const withoutProvenance = [...graph.nodes, ...graph.relations].filter(({ properties }) => {
      const cited = properties.bronDocument as string[];
      const [from, to, quotes] = [
        properties.bronRegelVan as number[],
        properties.bronRegelTot as number[],
        properties.bronCitaat as string[],
      ];
      return (
        properties.herkomst !== 'synthetisch' ||
        cited.length === 0 ||
        [from, to, quotes].some((list) => list.length !== cited.length) ||
        cited.some((document, i) => !documents.has(document) || from[i]! > to[i]! || quotes[i]!.length < 3)
      );
    });
    expect(withoutProvenance).toEqual([]);
  });

  it('leaves no node without relations, and makes every crossover join two or three opgaven', () => {
    expect([...degrees(graph).entries()].filter(([, degree]) => degree === 0)).toEqual([]);
    const joined = new Map<string, number>();
    for (const { type, van } of graph.relations) if (type === 'VERBINDT') joined.set(van, (joined.get(van) ?? 0) + 1);
    expect(joined.size).toBe(countOf('Crossover'));
    for (const count of joined.values()) expect([2, 3]).toContain(count);
  });

  it('names crossovers for only some pairs of opgaven, leaving others for crossover discovery', () => {
    const joinedBy = new Map<string, string[]>();
    for (const { type, van, naar } of graph.relations)
      if (type === 'VERBINDT') joinedBy.set(van, [...(joinedBy.get(van) ?? []), naar]);
    const declared = new Set<string>();
    for (const opgaven of joinedBy.values()) {
      for (const a of opgaven) for (const b of opgaven) if (a < b) declared.add(`${a}|${b}`);
    }
    expect(declared.size).toBeGreaterThanOrEqual(10);
    expect(declared.size).toBeLessThanOrEqual(20);
  });

  it('has hubs (ministries, koepels, the IBP agreement) with very many relations, and most nodes with few', () => {
    const sorted = [...degrees(graph).entries()].sort(([, a], [, b]) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)]![1];
    const average = (2 * graph.relations.length) / graph.nodes.length;
    expect(median).toBeLessThan(average);
    expect(sorted[0]![1]).toBeGreaterThan(50 * median);
    // Hubs: among the best-connected 1.5% of nodes.
    const top = sorted.slice(0, Math.ceil(sorted.length * 0.015)).map(([id]) => id);
    expect(top.some((id) => id.startsWith('ministerie:'))).toBe(true);
    expect(top.some((id) => id.startsWith('koepel:'))).toBe(true);
    // Ministries are hubs by their number of relations; their rank among the koepels, provinces and
    // documents depends on the draw.
    const ministry = sorted.find(([id]) => id.startsWith('ministerie:'))!;
    expect(ministry[1]).toBeGreaterThan(10 * median);
    const ibp = graph.nodes.find((node) => node.properties.afkorting === 'IBP')!.properties.id;
    expect(sorted.findIndex(([id]) => id === ibp)).toBeLessThan(sorted.length / 100);
  });

  it('refuses sizes it cannot make in the model’s shape', () => {
    expect(() => planSyntheticGraph({ knopen: 999, relatiesPerKnoop: 10, seed: 1 })).toThrow(
      /knopen must be a whole number from 1000/,
    );
    expect(() => planSyntheticGraph({ knopen: 5_000, relatiesPerKnoop: 1, seed: 1 })).toThrow(
      /relatiesPerKnoop must be from 2/,
    );
  });
});

describe('the seeded random generator', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const draw = (seed: number) => {
      const random = new Random(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(3)).toEqual(draw(3));
    const random = new Random(3);
    const values = Array.from({ length: 10_000 }, () => random.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(new Random(1).next()).not.toBe(new Random(2).next());
  });

  it('draws skewed indexes with a heavy head: the first of 10,000 about 7.5% of the time', () => {
    const random = new Random(11);
    const picks = Array.from({ length: 100_000 }, () => random.skewed(10_000));
    const first = picks.filter((index) => index === 0).length / picks.length;
    expect(first).toBeGreaterThan(0.065);
    expect(first).toBeLessThan(0.085);
    expect(Math.max(...picks)).toBeLessThan(10_000);
    expect(picks.filter((index) => index >= 5_000).length).toBeGreaterThan(0);
  });
});

describe('the generate command line', () => {
  it('has defaults: 100,000 nodes, ten relations per node, seed 1, batches of 10,000', () => {
    expect(parseGenerateArguments([])).toEqual({
      knopen: 100_000,
      relatiesPerKnoop: 10,
      seed: 1,
      batchSize: 10_000,
      wissen: false,
      naastSeeds: false,
      help: false,
    });
  });

  it('reads every option', () => {
    expect(
      parseGenerateArguments([
        '--knopen',
        '2000',
        '--relaties-per-knoop',
        '4.5',
        '--seed',
        '42',
        '--batch',
        '500',
        '--wissen',
        '--naast-seeds',
      ]),
    ).toMatchObject({ knopen: 2_000, relatiesPerKnoop: 4.5, seed: 42, batchSize: 500, wissen: true, naastSeeds: true });
    expect(parseGenerateArguments(['--knopen', '0', '--wissen'])).toMatchObject({ knopen: 0, wissen: true });
  });

  it('names the option that is unknown, not a number or out of range', () => {
    expect(() => parseGenerateArguments(['--nodes', '5'])).toThrow(ArgumentError);
    expect(() => parseGenerateArguments(['--nodes', '5'])).toThrow(/--nodes/);
    expect(() => parseGenerateArguments(['--knopen', 'veel'])).toThrow(/--knopen verwacht een getal/);
    expect(() => parseGenerateArguments(['--knopen', '500'])).toThrow(/--knopen moet van 1000 tot 1000000 zijn/);
    expect(() => parseGenerateArguments(['--knopen', '0'])).toThrow(/0 samen met --wissen/);
    expect(() => parseGenerateArguments(['--seed', '1.5'])).toThrow(/--seed verwacht een geheel getal/);
    expect(() => parseGenerateArguments(['--relaties-per-knoop', '100'])).toThrow(
      /--relaties-per-knoop moet van 2 tot 50 zijn/,
    );
  });
});

describe('mistakes in a command line', () => {
  it('are named in Dutch, with the option', () => {
    expect(() => parseGenerateArguments(['--nodes', '5'])).toThrow('onbekende optie --nodes');
    expect(() => parseGenerateArguments(['--knopen'])).toThrow('de optie --knopen vraagt om een waarde');
    expect(() => parseGenerateArguments(['--wissen=ja'])).toThrow('de optie --wissen neemt geen waarde');
    expect(() => parseGenerateArguments(['veel'])).toThrow('onverwacht argument veel');
  });
});
