import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  nodeRecord,
  nodeRow,
  relationRecord,
  relationRow,
  storedRow,
  toYamlProperties,
} from '../../src/export/export-records.js';
import { parseRecordLines, recordYaml } from '../../src/export/yaml-records.js';

const awkwardStrings = [
  '',
  ' leading and trailing ',
  '2018',
  '007',
  '1e3',
  'true',
  'False',
  'null',
  '~',
  '-',
  '- item',
  '# not a comment',
  'key: value',
  '"quoted"',
  "it's",
  'back\\slash',
  'line 1\nline 2\r\n',
  'tab\there',
  'accents é ü ø – “quotes”',
  'emoji 🙂',
  'separator \u2028 and \u2029',
  'control \u0001 \u007f \u0085 \u009f',
  'byte order \ufeff mark',
  'lone \ud800 surrogate',
  '[not, a, list]',
  '{not: a map}',
  '.nan',
  'Opgave',
];

const awkwardRecord = {
  id: 'opgave:klimaat',
  strings: awkwardStrings,
  ...Object.fromEntries(awkwardStrings.map((text, index) => [`s${index}`, text])),
  numbers: [0, -0, 1, -1, 2.5, 1e21, 1e-7, 9007199254740991, Number.MAX_VALUE],
  special: Number.NaN,
  infinite: Number.POSITIVE_INFINITY,
  negativeInfinite: Number.NEGATIVE_INFINITY,
  yes: true,
  nothing: null,
  empty: {},
  none: [],
  'key with spaces': 1,
  true: 'a key that YAML would read as a boolean',
  nested: { deeper: { deepest: ['a', 1, true, null] }, list: [{ a: 1 }, 'b', [1, [2]], {}, [{ c: 'd' }]] },
  bronnen: [
    { document: 'document:x', regels: [1, 2], citaat: 'een citaat' },
    { document: 'document:y', citaat: '' },
  ],
};

describe('the YAML of export records', () => {
  it('is read back by the yaml library exactly as written', () => {
    expect(parse(recordYaml(awkwardRecord))).toEqual([awkwardRecord]);
  });

  it('is read back by its own reader exactly as the yaml library reads it', () => {
    const lines = recordYaml(awkwardRecord).split('\n');
    expect(parseRecordLines(lines)).toEqual(awkwardRecord);
  });

  it('writes sources as the seed files do', () => {
    const text = recordYaml({
      id: 'opgave:klimaat',
      label: 'Opgave',
      bronnen: [{ document: 'document:ibp-programmastart', regels: [242, 242], citaat: 'Fysiek 1.' }],
    });
    expect(text).toBe(
      '- id: "opgave:klimaat"\n  label: Opgave\n  bronnen:\n    - document: "document:ibp-programmastart"\n      regels: [242, 242]\n      citaat: "Fysiek 1."\n',
    );
  });

  it.each([
    ['an indentless list and single quotes', "- id: 'a'\n  lijst:\n  - 1\n  - 2\n"],
    ['a block scalar', '- id: a\n  tekst: |\n    regel 1\n    regel 2\n'],
    ['comments', '- id: a # the id\n  # a comment line\n  naam: b\n'],
    ['a flow mapping', '- {id: a, naam: "b"}\n'],
    ['plain text with spaces', '- id: a\n  naam: een naam met spaties\n'],
  ])('reads other YAML (%s) through the yaml library', (_case, text) => {
    expect(parseRecordLines(text.trimEnd().split('\n'))).toEqual(parse(text)[0]);
  });

  it('names the problem in YAML it cannot read', () => {
    expect(() => parseRecordLines(['- id: a', '  naam: [unclosed'])).toThrow(/geen geldige YAML/);
  });
});

describe('records from stored properties', () => {
  const recorded = {
    id: 'regio:oost',
    naam: 'Oost',
    herkomst: 'api',
    versie: 2,
    vastgelegdDoor: 'anna',
    bronDocument: ['document:ibp-programmastart', 'document:regiodeal'],
    bronRegelVan: [253, 0],
    bronRegelTot: [254, 0],
    bronCitaat: ['raken elkaar', 'eiwittransitie'],
    bronVindplaats: ['', 'p. 4'],
  };

  it('writes sources without lines and with places, and reads them back to the same lists', () => {
    const record = nodeRecord('Regio', toYamlProperties(recorded, [], 'regio:oost'), false);
    expect(record.bronnen).toEqual([
      { document: 'document:ibp-programmastart', regels: [253, 254], citaat: 'raken elkaar', vindplaats: '' },
      { document: 'document:regiodeal', citaat: 'eiwittransitie', vindplaats: 'p. 4' },
    ]);
    expect(record.eigenschappen).toEqual({ vastgelegdDoor: 'anna', versie: 2 });
    expect(nodeRow(record, false)).toEqual(storedRow(recorded, []));
  });

  it('writes a source’s further ranges as ook, as seeds/data does, and reads them back through YAML to the same lists', () => {
    const seeded = {
      sleutel: 'thema:eenzaamheid>THEMA_VAN>opgave:sociaal-domein',
      herkomst: 'seed',
      bronDocument: ['document:ibp-programmastart', 'document:ibp-programmastart'],
      bronRegelVan: [530, 253],
      bronRegelTot: [530, 253],
      bronCitaat: ['1. *Mensen die te maken hebben met eenzaamheid', 'raken elkaar'],
      bronOokBij: [0, 0],
      bronOokRegelVan: [528, 514],
      bronOokRegelTot: [528, 514],
      bronOokCitaat: ["een twaalftal iconische 'programmatische' thema's", '5. Merkbaar beter in het sociaal domein'],
    };
    const properties = toYamlProperties(seeded, [], 'relation');
    const record = relationRecord('thema:eenzaamheid', 'THEMA_VAN', 'opgave:sociaal-domein', properties, false);
    expect(record.bronnen).toEqual([
      {
        document: 'document:ibp-programmastart',
        regels: [530, 530],
        citaat: '1. *Mensen die te maken hebben met eenzaamheid',
        ook: [
          { regels: [528, 528], citaat: "een twaalftal iconische 'programmatische' thema's" },
          { regels: [514, 514], citaat: '5. Merkbaar beter in het sociaal domein' },
        ],
      },
      { document: 'document:ibp-programmastart', regels: [253, 253], citaat: 'raken elkaar' },
    ]);
    expect(record).not.toHaveProperty('eigenschappen');
    const text = recordYaml(record);
    expect(text).toContain(
      "      ook:\n        - regels: [528, 528]\n          citaat: \"een twaalftal iconische 'programmatische' thema's\"\n",
    );
    const read = parseRecordLines(text.trimEnd().split('\n'));
    expect(read).toEqual(parse(text)[0]);
    expect(relationRow(read as typeof record, false)).toEqual(storedRow(seeded, []));
  });

  it('keeps range lists that point at no source as they are, with the source lists', () => {
    const odd = { ...recorded, bronOokBij: [5], bronOokRegelVan: [1], bronOokRegelTot: [1], bronOokCitaat: ['kop'] };
    const record = nodeRecord('Regio', toYamlProperties(odd, [], 'regio:oost'), false);
    expect(record.bronnen).toBeUndefined();
    expect(record.eigenschappen).toMatchObject({ bronOokBij: [5], bronCitaat: odd.bronCitaat });
    expect(nodeRow(record, false)).toEqual(storedRow(odd, []));
  });

  it('keeps source lists that do not line up as they are', () => {
    const odd = { ...recorded, bronRegelTot: [254] };
    const record = nodeRecord('Regio', toYamlProperties(odd, [], 'regio:oost'), false);
    expect(record.bronnen).toBeUndefined();
    expect(record.eigenschappen).toMatchObject({ bronRegelTot: [254], bronDocument: odd.bronDocument });
    expect(nodeRow(record, false)).toEqual(storedRow(odd, []));
  });

  it('writes typed values with their type and gives back their text', () => {
    const typed = [
      { key: 'versie', type: 'INTEGER NOT NULL', text: '9007199254740993' },
      { key: 'op', type: 'ZONED DATETIME NOT NULL', text: '2024-01-01T10:00Z' },
      { key: 'lijst', type: 'LIST<INTEGER NOT NULL> NOT NULL', text: ['1', '2'] },
    ];
    const properties = toYamlProperties({ ...recorded, versie: 0, op: 'x', lijst: [] }, typed, 'regio:oost');
    const record = nodeRecord('Regio', properties, false);
    expect(record.eigenschappen).toMatchObject({ versie: '9007199254740993', op: '2024-01-01T10:00Z', lijst: [1, 2] });
    expect(record.typen).toEqual({ lijst: 'integer[]', op: 'datetime', versie: 'integer' });
    expect(nodeRow(record, false).typed).toEqual([
      { key: 'lijst', type: 'integer[]', value: ['1', '2'] },
      { key: 'op', type: 'datetime', value: '2024-01-01T10:00Z' },
      { key: 'versie', type: 'integer', value: '9007199254740993' },
    ]);
  });

  it('refuses a type it cannot keep, naming the property', () => {
    expect(() =>
      toYamlProperties({ plek: null }, [{ key: 'plek', type: 'POINT NOT NULL', text: 'point(...)' }], 'regio:oost'),
    ).toThrow('regio:oost: eigenschap plek is een POINT NOT NULL, dat de export niet kan bewaren');
  });

  it('leaves out a relation key that follows from its ends, and keeps one that does not', () => {
    const seeded = { sleutel: 'a:b>LIGT_IN>c:d', herkomst: 'seed', grond: 'x' };
    const plain = relationRecord('a:b', 'LIGT_IN', 'c:d', toYamlProperties(seeded, [], 'relation'), false);
    expect(plain).not.toHaveProperty('sleutel');
    expect(relationRow(plain, false)).toEqual(storedRow(seeded, []));
    const hashed = { ...seeded, sleutel: 'a:b>LIGT_IN>c:d#0123456789ab' };
    expect(relationRecord('a:b', 'LIGT_IN', 'c:d', toYamlProperties(hashed, [], 'relation'), false).sleutel).toBe(
      hashed.sleutel,
    );
    const retracted = { ...seeded, type: 'LIGT_IN', reden: 'weg' };
    const record = relationRecord('a:b', 'LIGT_IN', 'c:d', toYamlProperties(retracted, [], 'relation'), true);
    expect(record.eigenschappen).toEqual({ grond: 'x', reden: 'weg' });
    expect(relationRow(record, true)).toEqual(storedRow(retracted, []));
  });
});
