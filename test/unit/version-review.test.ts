import { describe, expect, it } from 'vitest';
import type { EntityRecord, RelationRecord } from '../../src/graph/entity.js';
import { sourceLists } from '../../src/graph/sources.js';
import {
  citingSources,
  findQuote,
  newestVersions,
  reviewItem,
  type VersionText,
} from '../../src/ingestion/version-review.js';

const lines = [
  'Voortgangsbrief',
  '',
  'De aanpak van het vakantiepark vraagt samenwerking tussen',
  '   gemeenten\u00a0en provincies.  ',
  '',
  'Samenwerking tussen gemeenten en provincies blijft nodig.',
];

describe('finding a quote in a newer version', () => {
  it('finds it on one line or wrapped over several, whitespace counting as one space', () => {
    expect(findQuote(lines, 'vakantiepark')).toEqual([[3, 3]]);
    expect(findQuote(lines, 'samenwerking tussen gemeenten en provincies')).toEqual([[3, 4]]);
    expect(findQuote(lines, '  tussen\ngemeenten en  ')).toEqual([
      [3, 4],
      [6, 6],
    ]);
  });

  it('finds it across a blank line, as the seed loader joins the cited lines', () => {
    expect(findQuote(lines, 'provincies. Samenwerking')).toEqual([[4, 6]]);
  });

  it('finds nothing for a changed or empty quote, and at most the limit of places', () => {
    expect(findQuote(lines, 'samenwerking tussen gemeenten en het Rijk')).toEqual([]);
    expect(findQuote(lines, '   ')).toEqual([]);
    expect(findQuote(['ja ja ja ja'], 'ja', 3)).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });
});

describe('the newest versions of a replaced document', () => {
  it('follows a chain to its end, and keeps two corrections of one letter apart', () => {
    const replaces = new Map([
      ['document:v2', 'document:v1'],
      ['document:v3', 'document:v2'],
      ['document:b2', 'document:b1'],
      ['document:b2-bis', 'document:b1'],
    ]);
    expect(Object.fromEntries(newestVersions(replaces))).toEqual({
      'document:v1': ['document:v3'],
      'document:v2': ['document:v3'],
      'document:b1': ['document:b2', 'document:b2-bis'],
    });
  });

  it('stops at a cycle instead of running forever', () => {
    const cycle = new Map([
      ['document:a', 'document:b'],
      ['document:b', 'document:a'],
    ]);
    expect(Object.fromEntries(newestVersions(cycle))).toEqual({
      'document:a': ['document:a'],
      'document:b': ['document:b'],
    });
  });
});

const node = (id: string, sources: Parameters<typeof sourceLists>[0]): EntityRecord => ({
  id,
  label: 'Crossover',
  properties: { id, ...sourceLists(sources) },
});

describe('the sources to review', () => {
  it('lists only the sources citing a replaced document, by document, nodes before relations, then id', () => {
    const nodes = [
      node('crossover:b', [
        { document: 'document:seed', regels: [1, 1], citaat: 'blijft' },
        { document: 'document:v1', regels: [3, 3], citaat: 'vakantiepark' },
      ]),
      node('crossover:a', [{ document: 'document:v1', regels: [6, 6], citaat: 'blijft nodig' }]),
      node('crossover:c', [{ document: 'document:a0', regels: [1, 1], citaat: 'x' }]),
    ];
    const relations: RelationRecord[] = [
      {
        type: 'VERBINDT',
        van: 'crossover:a',
        naar: 'opgave:wonen',
        properties: sourceLists([{ document: 'document:v1', regels: [3, 4], citaat: 'tussen gemeenten' }]),
      },
    ];
    const found = citingSources({ nodes, relations }, new Set(['document:v1', 'document:a0']));
    expect(found.map((source) => [source.bron.document, source.knooppunt?.id ?? source.relatie?.type])).toEqual([
      ['document:a0', 'crossover:c'],
      ['document:v1', 'crossover:a'],
      ['document:v1', 'crossover:b'],
      ['document:v1', 'VERBINDT'],
    ]);
  });

  it('says where the quote stands in each newest version, with the page and the lines, or that it is gone', () => {
    const version = (id: string, regels: string[], paginaBegin: number[]): VersionText => ({
      document: { id, label: 'Document', properties: { id } },
      regels,
      paginaBegin,
    });
    const versions = new Map([
      ['document:v2', version('document:v2', lines, [1, 5])],
      ['document:v2-bis', version('document:v2-bis', ['Iets anders.'], [])],
    ]);
    const [source] = citingSources(
      {
        nodes: [node('crossover:a', [{ document: 'document:v1', regels: [9, 10], citaat: 'gemeenten en provincies' }])],
        relations: [],
      },
      new Set(['document:v1']),
    );
    const kept = reviewItem(source!, ['document:v2'], versions);
    expect(kept.citaatBehouden).toBe(true);
    expect(kept.nieuweVersies).toEqual([
      {
        document: versions.get('document:v2')!.document,
        gevonden: true,
        plaatsen: [
          { regelVan: 4, regelTot: 4, pagina: 1, tekst: '   gemeenten\u00a0en provincies.  ' },
          { regelVan: 6, regelTot: 6, pagina: 2, tekst: lines[5] },
        ],
      },
    ]);
    const split = reviewItem(source!, ['document:v2', 'document:v2-bis'], versions);
    expect(split.citaatBehouden).toBe(false);
    expect(split.nieuweVersies.map((found) => found.gevonden)).toEqual([true, false]);
    expect(reviewItem(source!, ['document:zonder-tekst'], versions)).toMatchObject({
      nieuweVersies: [],
      citaatBehouden: false,
    });
  });
});
