import { describe, expect, it } from 'vitest';
import { exportFormat, manifestSchema, passageSchema, textSchema } from '../../src/export/export-format.js';
import { parseRecordLines, recordYaml } from '../../src/export/yaml-records.js';

const counts = {
  knooppunten: 10,
  relaties: 20,
  ingetrokkenKnooppunten: 0,
  ingetrokkenRelaties: 0,
  wijzigingen: 3,
  sleutels: 0,
  seedversies: 1,
};

describe('the manifest of an export', () => {
  it('counts the texts and passages of ingested documents since format 2', () => {
    expect(exportFormat).toBe(2);
    expect(manifestSchema.safeParse({ formaat: 2, aantallen: { ...counts, teksten: 2, passages: 9 } }).success).toBe(
      true,
    );
    const missing = manifestSchema.safeParse({ formaat: 2, aantallen: counts });
    expect(missing.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['aantallen.teksten', 'verwacht een aantal'],
      ['aantallen.passages', 'verwacht een aantal'],
    ]);
  });

  it('still reads an export of format 1, which has no texts', () => {
    expect(manifestSchema.safeParse({ formaat: 1, aantallen: counts }).success).toBe(true);
    expect(manifestSchema.safeParse({ formaat: 1, aantallen: { ...counts, teksten: 0, passages: 0 } }).success).toBe(
      false,
    );
    expect(manifestSchema.safeParse({ formaat: 3, aantallen: counts }).success).toBe(false);
  });
});

describe('a text and a passage in an export', () => {
  it('keep their stored properties with their types, and need the document they belong to', () => {
    const text = {
      document: 'document:brief',
      sha256: 'a'.repeat(64),
      mediatype: 'text/plain',
      herkomst: 'api',
      paginaBegin: [],
      regels: ['Coördinatie\u00a0in de regio  ', '', '- € 2,5 mln. 🌱\t'],
    };
    expect(textSchema.safeParse(text).success).toBe(true);
    expect(
      passageSchema.safeParse({
        document: 'document:brief',
        nummer: 1,
        soort: 'alinea',
        regelVan: 1,
        regelTot: 1,
        pagina: 0,
        tekst: 'Coördinatie',
        typen: { nummer: 'integer', regelVan: 'integer', regelTot: 'integer', pagina: 'integer' },
      }).success,
    ).toBe(true);
    expect(textSchema.safeParse({ ...text, document: undefined }).error?.issues[0]?.path).toEqual(['document']);
  });

  it('reads back every character of the lines as written: CR, tabs, non-breaking and trailing spaces, emoji', () => {
    const regels = ['a\r', '\t b  ', '\u00a0c\u00a0', '\u2028 «é» 🌱 \\ "q"', '', '\u0085\ufeff'];
    const lines = recordYaml({ document: 'document:brief', regels }).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(parseRecordLines(lines)).toEqual({ document: 'document:brief', regels });
  });
});
