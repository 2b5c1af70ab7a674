import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSeedData } from '../../src/seeds/seed-checks.js';
import { readSeedFiles, SeedError, type SeedData } from '../../src/seeds/seed-files.js';

async function seedFolder(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'ibp-seeds-'));
  for (const [name, content] of Object.entries(files)) await writeFile(join(folder, name), content);
  return folder;
}

const source = (citaat = 'Het IBP') => ({ document: 'document:test', regels: [1, 1] as [number, number], citaat });
const texts = new Map([['document:test', ['Het IBP richt zich op een beperkt aantal opgaven.']]]);
const node = (id: string, label: string) => ({
  record: { id, label, naam: id, bronnen: [source()] },
  file: 'seeds/data/x.yaml',
  index: 0,
});
const relation = (van: string, type: string, naar: string, index = 0) => ({
  record: { van, type, naar, bronnen: [source()] },
  file: 'seeds/data/relaties.yaml',
  index,
});

describe('reading seed files', () => {
  it('reads nodes and relations from every YAML file', async () => {
    const folder = await seedFolder({
      'a.yaml': `- id: "opgave:klimaat"\n  label: Opgave\n  naam: "Klimaat"\n  bronnen:\n    - { document: "document:test", regels: [1, 1], citaat: "Het IBP" }\n`,
      'b.yaml': `- van: "opgave:klimaat"\n  type: SPEELT_IN\n  naar: "regio:x"\n  bronnen:\n    - { document: "document:test", regels: [1, 1], citaat: "Het IBP" }\n`,
    });
    const data = await readSeedFiles(folder);
    expect(data.nodes.map((n) => n.record.id)).toEqual(['opgave:klimaat']);
    expect(data.relations.map((r) => r.record.type)).toEqual(['SPEELT_IN']);
  });

  it('names the file, the record and the field of an invalid record', async () => {
    const folder = await seedFolder({
      'opgaven.yaml': [
        '- id: "opgave:klimaat"',
        '  label: Opgave',
        '  naam: "Klimaat"',
        '  bronnen: []',
        '- id: "regio:verkeerd"',
        '  label: Opgave',
        '  naam: "Fout voorvoegsel"',
        '  bronnen: [{ document: "document:test", regels: [3, 1], citaat: "Het IBP" }]',
      ].join('\n'),
      'relaties.yaml':
        '- van: "a:b"\n  type: KENT\n  naar: "c:d"\n  bronnen: [{ document: "document:test", regels: [1, 1], citaat: "Het" }]\n',
    });
    const error = await readSeedFiles(folder).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SeedError);
    expect((error as Error).message).toMatch(
      /opgaven\.yaml, record 2 \(regio:verkeerd\): .*id: the id prefix must be the label in lower case/,
    );
    expect((error as Error).message).toMatch(
      /record 2 \(regio:verkeerd\): .*bronnen\.0\.regels: the first line must not come after the last/,
    );
  });

  it('reports each problem with its location', async () => {
    const folder = await seedFolder({
      'opgaven.yaml': '- id: "opgave:klimaat"\n  label: Opgave\n  naam: "Klimaat"\n  bronnen: []\n',
      'relaties.yaml':
        '- van: "a:b"\n  type: KENT\n  naar: "c:d"\n  bronnen: [{ document: "document:test", regels: [1, 1], citaat: "Het IBP" }]\n',
      'kapot.yaml': 'dit: [is geen lijst',
    });
    const message = await readSeedFiles(folder).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).toMatch(
      /opgaven\.yaml, record 1 \(opgave:klimaat\): bronnen: every node needs at least one source/,
    );
    expect(message).toMatch(/relaties\.yaml, record 1 \(a:b KENT c:d\): type: Invalid option/);
    expect(message).toMatch(/kapot\.yaml: not valid YAML/);
  });

  it('refuses a rolSoort outside the role kinds, naming the file, the record and the value', async () => {
    const relationWith = (kind: string) =>
      `- van: "ministerie:bzk"\n  type: TREKKER_VAN\n  naar: "opgave:wonen"\n  eigenschappen:\n    rol: "trekker"\n    rolSoort: "${kind}"\n  bronnen: [{ document: "document:test", regels: [1, 1], citaat: "Het IBP" }]\n`;
    const folder = await seedFolder({ 'relaties.yaml': relationWith('trekker') + relationWith('aanvoerder') });
    const message = await readSeedFiles(folder).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).toMatch(
      /relaties\.yaml, record 2 \(ministerie:bzk TREKKER_VAN opgave:wonen\): eigenschappen\.rolSoort: expected one of the role kinds \(trekker, .*\), got "aanvoerder"/,
    );
    expect(message).not.toMatch(/record 1 /);
  });

  it('accepts a relation whose rolSoort is one of the role kinds', async () => {
    const folder = await seedFolder({
      'relaties.yaml':
        '- van: "ministerie:bzk"\n  type: TREKKER_VAN\n  naar: "opgave:wonen"\n  eigenschappen:\n    rolSoort: "trekker"\n  bronnen: [{ document: "document:test", regels: [1, 1], citaat: "Het IBP" }]\n',
    });
    const data = await readSeedFiles(folder);
    expect(data.relations.map(({ record }) => record.eigenschappen?.rolSoort)).toEqual(['trekker']);
  });
});

describe('sources with further ranges and a reason for sharing', () => {
  const relationWith = (bron: string) =>
    `- van: "ministerie:bzk"\n  type: TREKKER_VAN\n  naar: "opgave:wonen"\n  bronnen:\n    - document: "document:test"\n      regels: [2, 2]\n      citaat: "Trekker BZK"\n${bron}`;

  it('reads a source’s further ranges (ook) and a relation source’s reason for sharing (gedeeld)', async () => {
    const folder = await seedFolder({
      'relaties.yaml': relationWith(
        '      ook:\n        - regels: [1, 1]\n          citaat: "Toekomstbestendig wonen"\n      gedeeld: "de tabel noemt de trekker per opgave"\n',
      ),
    });
    const [bron] = (await readSeedFiles(folder)).relations[0]!.record.bronnen;
    expect(bron).toEqual({
      document: 'document:test',
      regels: [2, 2],
      citaat: 'Trekker BZK',
      ook: [{ regels: [1, 1], citaat: 'Toekomstbestendig wonen' }],
      gedeeld: 'de tabel noemt de trekker per opgave',
    });
  });

  it('refuses an empty ook, a range without a quote, and gedeeld on a node’s source', async () => {
    const folder = await seedFolder({
      'relaties.yaml': relationWith('      ook: []\n') + relationWith('      ook:\n        - regels: [1, 1]\n'),
      'opgaven.yaml':
        '- id: "opgave:wonen"\n  label: Opgave\n  naam: "Wonen"\n  bronnen: [{ document: "document:test", regels: [1, 1], citaat: "Het IBP", gedeeld: "een reden die niet mag" }]\n',
    });
    const message = await readSeedFiles(folder).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).toMatch(
      /relaties\.yaml, record 1 \(ministerie:bzk TREKKER_VAN opgave:wonen\): bronnen\.0\.ook: leave ook out rather than empty/,
    );
    expect(message).toMatch(
      /relaties\.yaml, record 2 \(ministerie:bzk TREKKER_VAN opgave:wonen\): bronnen\.0\.ook\.0\.citaat:/,
    );
    expect(message).toMatch(/opgaven\.yaml, record 1 \(opgave:wonen\): bronnen\.0: Unrecognized key: "gedeeld"/);
  });

  it('refuses, across records, a further range whose quote is not at its lines', () => {
    const data: SeedData = {
      nodes: [node('opgave:a', 'Opgave')] as SeedData['nodes'],
      relations: [],
    };
    data.nodes[0]!.record.bronnen = [{ ...source(), ook: [{ regels: [1, 1], citaat: 'Het programma' }] }];
    expect(() => checkSeedData(data, texts)).toThrow(
      /opgave:a\): ook\[0\]: het citaat "Het programma" staat niet op de regels 1-1/,
    );
  });
});

describe('checks across seed records', () => {
  const valid = (): SeedData => ({
    nodes: [
      node('crossover:x', 'Crossover'),
      node('opgave:a', 'Opgave'),
      node('opgave:b', 'Opgave'),
    ] as SeedData['nodes'],
    relations: [
      relation('crossover:x', 'VERBINDT', 'opgave:a'),
      relation('crossover:x', 'VERBINDT', 'opgave:b', 1),
    ] as SeedData['relations'],
  });

  it('accept a consistent graph', () => {
    expect(() => checkSeedData(valid(), texts)).not.toThrow();
  });

  it('refuse a relation to a node that does not exist', () => {
    const data = valid();
    data.relations.push(relation('opgave:a', 'SPEELT_IN', 'regio:nergens', 2) as SeedData['relations'][number]);
    expect(() => checkSeedData(data, texts)).toThrow(
      /record 3 \(opgave:a SPEELT_IN regio:nergens\): naar regio:nergens is not a node/,
    );
  });

  it('refuse a relation between kinds the model does not allow', () => {
    const data = valid();
    data.relations.push(relation('opgave:a', 'TREKKER_VAN', 'opgave:b', 2) as SeedData['relations'][number]);
    expect(() => checkSeedData(data, texts)).toThrow(/TREKKER_VAN may not join Opgave to Opgave/);
  });

  it('refuse a crossover that joins fewer than two opgaven', () => {
    const data = valid();
    data.relations.pop();
    expect(() => checkSeedData(data, texts)).toThrow(
      /crossover:x\): a crossover joins at least two opgaven, this one 1/,
    );
  });

  it('refuse an id used twice and a quote not in the document', () => {
    const data = valid();
    data.nodes.push(node('opgave:a', 'Opgave') as SeedData['nodes'][number]);
    data.nodes[0]!.record.bronnen = [source('Het programma')];
    expect(() => checkSeedData(data, texts)).toThrow(/id opgave:a is used twice/);
    expect(() => checkSeedData(data, texts)).toThrow(/het citaat "Het programma" staat niet op de regels 1-1/);
  });
});
