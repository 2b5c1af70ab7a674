import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkSource,
  citedText,
  normalizeWhitespace,
  readDocumentTexts,
  type DocumentTexts,
} from '../../src/seeds/provenance.js';
import { documentFiles } from '../../src/seeds/seed-checks.js';
import { readSeedFiles, seedDocumentDirectory, type SeedData } from '../../src/seeds/seed-files.js';

let seeds: SeedData;
let texts: DocumentTexts;

beforeAll(async () => {
  seeds = await readSeedFiles();
  texts = await readDocumentTexts(documentFiles(seeds.nodes), seedDocumentDirectory);
});

describe('provenance of every seeded fact', () => {
  it('reads all five source documents', () => {
    expect([...texts.keys()].sort()).toHaveLength(5);
  });

  it('every node has a source, and every quote stands at the lines it cites', () => {
    const problems = seeds.nodes.flatMap(({ record }) => {
      const sources = [...record.bronnen, ...(record.varianten ?? []).map((variant) => variant.bron)];
      if (record.bronnen.length === 0) return [`${record.id}: no source`];
      return sources
        .map((source) => checkSource(source, texts))
        .filter(Boolean)
        .map((problem) => `${record.id}: ${problem}`);
    });
    expect(problems).toEqual([]);
    expect(seeds.nodes.length).toBeGreaterThan(400);
  });

  it('every relation has a source, and every quote stands at the lines it cites', () => {
    const problems = seeds.relations.flatMap(({ record }) => {
      if (record.bronnen.length === 0) return [`${record.van} ${record.type} ${record.naar}: no source`];
      return record.bronnen
        .map((source) => checkSource(source, texts))
        .filter(Boolean)
        .map((problem) => `${record.van} ${record.type} ${record.naar}: ${problem}`);
    });
    expect(problems).toEqual([]);
    expect(seeds.relations.length).toBeGreaterThan(800);
  });
});

describe('checkSource', () => {
  const lines = ['Het IBP richt zich op', 'een  beperkt\u00a0aantal opgaven.', 'Volgende regel.'];
  const documents: DocumentTexts = new Map([['document:test', lines]]);

  it('accepts a quote that wraps across the cited lines, whatever the whitespace', () => {
    expect(
      checkSource({ document: 'document:test', regels: [1, 2], citaat: 'richt zich op een beperkt aantal' }, documents),
    ).toBeUndefined();
  });

  it('refuses a quote that is not at the cited lines, even if it is elsewhere in the document', () => {
    expect(checkSource({ document: 'document:test', regels: [1, 1], citaat: 'Volgende regel.' }, documents)).toBe(
      'het citaat "Volgende regel." staat niet op de regels 1-1 van document:test',
    );
  });

  it('refuses a quote that differs in one letter', () => {
    expect(
      checkSource({ document: 'document:test', regels: [2, 2], citaat: 'een beperkt aantal opgave' }, documents),
    ).toBeUndefined();
    expect(
      checkSource({ document: 'document:test', regels: [2, 2], citaat: 'een beperkte aantal' }, documents),
    ).toMatch(/staat niet op de regels 2-2/);
  });

  it('refuses lines beyond the end of the document and unknown documents', () => {
    expect(checkSource({ document: 'document:test', regels: [3, 4], citaat: 'Volgende' }, documents)).toBe(
      'citeert de regels 3-4 van document:test, dat 3 regels heeft',
    );
    expect(checkSource({ document: 'document:elders', regels: [1, 1], citaat: 'Het IBP' }, documents)).toMatch(
      /geen bekend document/,
    );
  });

  it('checks each further range exactly as the main one, in the same document', () => {
    const source = { document: 'document:test', regels: [2, 2] as [number, number], citaat: 'een beperkt aantal' };
    expect(
      checkSource({ ...source, ook: [{ regels: [1, 1], citaat: 'Het IBP richt zich op' }] }, documents),
    ).toBeUndefined();
    expect(checkSource({ ...source, ook: [{ regels: [1, 1], citaat: 'Volgende regel.' }] }, documents)).toBe(
      'ook[0]: het citaat "Volgende regel." staat niet op de regels 1-1 van document:test',
    );
    expect(
      checkSource(
        {
          ...source,
          ook: [
            { regels: [3, 3], citaat: 'Volgende' },
            { regels: [3, 5], citaat: 'Volgende' },
          ],
        },
        documents,
      ),
    ).toBe('ook[1]: citeert de regels 3-5 van document:test, dat 3 regels heeft');
  });

  it('treats non-breaking spaces and line breaks as plain spaces', () => {
    expect(normalizeWhitespace('  a\u00a0\tb\n c ')).toBe('a b c');
    expect(citedText(lines, [2, 3])).toBe('een beperkt aantal opgaven. Volgende regel.');
  });
});
