import { describe, expect, it } from 'vitest';
import { otherProperties, sourcesOf, variantsOf } from '../../src/graph/entity.js';
import { relationKey, sourceProperties, toRelationRows } from '../../src/seeds/seed-rows.js';

const bron = (citaat: string, regels: [number, number] = [1, 2]) => ({ document: 'document:a', regels, citaat });

describe('sources stored as parallel lists', () => {
  it('come back as they went in', () => {
    const stored = sourceProperties([bron('eerste'), bron('tweede', [5, 5])]);
    expect(sourcesOf(stored)).toEqual([
      { document: 'document:a', regelVan: 1, regelTot: 2, citaat: 'eerste', vindplaats: null },
      { document: 'document:a', regelVan: 5, regelTot: 5, citaat: 'tweede', vindplaats: null },
    ]);
  });

  it('are absent, not an error, on a node without them', () => {
    expect(sourcesOf({})).toEqual([]);
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
      ...sourceProperties([bron('c')]),
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
