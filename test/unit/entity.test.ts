import { describe, expect, it } from 'vitest';
import { otherProperties, variantsOf } from '../../src/graph/entity.js';
import { sourceLists, sourcesOf, withoutSourceProperties, writtenSourcesOf } from '../../src/graph/sources.js';
import { relationKey, toRelationRows } from '../../src/seeds/seed-rows.js';

const bron = (citaat: string, regels: [number, number] = [1, 2]) => ({ document: 'document:a', regels, citaat });

describe('sources stored as parallel lists', () => {
  it('come back as they went in', () => {
    const stored = sourceLists([bron('eerste'), bron('tweede', [5, 5])]);
    expect(sourcesOf(stored)).toEqual([
      { document: 'document:a', regelVan: 1, regelTot: 2, citaat: 'eerste', vindplaats: null },
      { document: 'document:a', regelVan: 5, regelTot: 5, citaat: 'tweede', vindplaats: null },
    ]);
  });

  it('are absent, not an error, on a node without them', () => {
    expect(sourcesOf({})).toEqual([]);
  });

  it('keep each source’s further ranges with it, in four more lists that point at their source', () => {
    const heading = { regels: [1, 1] as const, citaat: 'de kop' };
    const row = { regels: [3, 3] as const, citaat: 'de rij' };
    const stored = sourceLists([
      { ...bron('eerste'), ook: [heading, row] },
      bron('tweede', [5, 5]),
      { ...bron('derde', [7, 7]), ook: [heading] },
    ]);
    expect(stored).toMatchObject({
      bronOokBij: [0, 0, 2],
      bronOokRegelVan: [1, 3, 1],
      bronOokRegelTot: [1, 3, 1],
      bronOokCitaat: ['de kop', 'de rij', 'de kop'],
    });
    const [eerste, tweede, derde] = sourcesOf(stored);
    expect(eerste?.ook).toEqual([
      { document: 'document:a', regelVan: 1, regelTot: 1, citaat: 'de kop' },
      { document: 'document:a', regelVan: 3, regelTot: 3, citaat: 'de rij' },
    ]);
    expect(tweede).not.toHaveProperty('ook');
    expect(derde?.ook).toEqual([{ document: 'document:a', regelVan: 1, regelTot: 1, citaat: 'de kop' }]);
  });

  it('store no range lists when no source has further ranges', () => {
    expect(Object.keys(sourceLists([bron('een')]))).toEqual([
      'bronDocument',
      'bronRegelVan',
      'bronRegelTot',
      'bronCitaat',
    ]);
  });

  it('read back exactly as written, and not at all when the range lists do not line up', () => {
    const written = [{ ...bron('een'), ook: [{ regels: [9, 9] as const, citaat: 'kop' }] }, bron('twee')];
    const stored = sourceLists(written);
    expect(writtenSourcesOf(stored)).toEqual(written);
    expect(writtenSourcesOf({ ...stored, bronOokBij: [2] })).toBeUndefined();
    expect(writtenSourcesOf({ ...stored, bronOokCitaat: [] })).toBeUndefined();
    expect(
      writtenSourcesOf({
        ...sourceLists([bron('een'), bron('twee')]),
        bronOokBij: [1, 0],
        bronOokRegelVan: [1, 2],
        bronOokRegelTot: [1, 2],
        bronOokCitaat: ['a', 'b'],
      }),
    ).toBeUndefined();
  });

  it('leave a snapshot’s other properties when taken away', () => {
    const stored = {
      naam: 'X',
      ...sourceLists([{ ...bron('een'), ook: [{ regels: [9, 9] as const, citaat: 'kop' }] }]),
    };
    expect(withoutSourceProperties(stored)).toEqual({ naam: 'X' });
  });
});

describe('otherProperties', () => {
  it('lists the document properties by name and leaves out what the service manages', () => {
    const properties = {
      id: 'x',
      naam: 'X',
      datum: '2018-02-14',
      rol: 'trekker',
      herkomst: 'seed',
      ...sourceLists([bron('c')]),
    };
    expect(otherProperties(properties)).toEqual([
      { naam: 'datum', waarde: '2018-02-14' },
      { naam: 'rol', waarde: 'trekker' },
    ]);
  });
});

describe('variantsOf', () => {
  it('reads the disagreeing claims with their sources', () => {
    const varianten = JSON.stringify([{ eigenschap: 'nummer', waarde: 6, bron: bron('6. Nederland', [158, 158]) }]);
    expect(variantsOf({ varianten })).toEqual([
      {
        eigenschap: 'nummer',
        waarde: '6',
        bron: { document: 'document:a', regelVan: 158, regelTot: 158, citaat: '6. Nederland' },
      },
    ]);
  });

  it('reads the further ranges of a variant’s source', () => {
    const ook = [{ regels: [156, 156], citaat: 'Opgave' }];
    const varianten = JSON.stringify([{ eigenschap: 'nummer', waarde: 6, bron: { ...bron('6. Nederland'), ook } }]);
    expect(variantsOf({ varianten })[0]?.bron.ook).toEqual([
      { document: 'document:a', regelVan: 156, regelTot: 156, citaat: 'Opgave' },
    ]);
  });
});

describe('relation rows', () => {
  it('merge records that state the same fact, keeping every distinct source once', () => {
    const rows = toRelationRows([
      { van: 'a:x', type: 'SPEELT_IN', naar: 'b:y', bronnen: [bron('een')] },
      { van: 'a:x', type: 'SPEELT_IN', naar: 'b:y', bronnen: [bron('twee'), bron('een')] },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.properties.bronCitaat).toEqual(['een', 'twee']);
  });

  it('keep records with different properties apart (two claims stay two)', () => {
    const rows = toRelationRows([
      { van: 'p:x', type: 'VERTEGENWOORDIGT', naar: 'k:y', eigenschappen: { rol: 'voorzitter' }, bronnen: [bron('a')] },
      {
        van: 'p:x',
        type: 'VERTEGENWOORDIGT',
        naar: 'k:y',
        eigenschappen: { rol: 'wnd. voorzitter' },
        bronnen: [bron('b')],
      },
    ]);
    expect(rows.map((row) => row.properties.rol)).toEqual(['voorzitter', 'wnd. voorzitter']);
    expect(new Set(rows.map((row) => row.properties.sleutel)).size).toBe(2);
  });

  it('have a key that does not depend on the order of properties', () => {
    const one = relationKey({
      van: 'a:x',
      type: 'SPEELT_IN',
      naar: 'b:y',
      eigenschappen: { rol: 'r', onderwerp: 'o' },
    });
    const two = relationKey({
      van: 'a:x',
      type: 'SPEELT_IN',
      naar: 'b:y',
      eigenschappen: { onderwerp: 'o', rol: 'r' },
    });
    expect(one).toBe(two);
    expect(relationKey({ van: 'a:x', type: 'SPEELT_IN', naar: 'b:y' })).toBe('a:x>SPEELT_IN>b:y');
  });
});
