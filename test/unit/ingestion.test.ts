import { describe, expect, it } from 'vitest';
import { readDocumentText } from '../../src/ingestion/document-text.js';
import { detectFileKind } from '../../src/ingestion/file-type.js';
import { pageLines } from '../../src/ingestion/pdf-text.js';
import { pageOf, splitPassages } from '../../src/ingestion/passages.js';
import { encryptedPdf, imageOnlyPdf, malformedPdf, textPdf } from '../support/test-pdfs.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const megabyte = 1024 ** 2;

/** The refusal `readDocumentText` raises, as code, reason and message. */
async function refusal(file: Uint8Array, name = 'brief.pdf', maxBytes = megabyte) {
  const error = await readDocumentText(file, name, maxBytes, 'invoer.bestand').then(
    () => undefined,
    (caught: { message: string; extensions: { code: string; reden: string } }) => caught,
  );
  return error && { code: error.extensions.code, reden: error.extensions.reden, message: error.message };
}

describe('the kind of a file', () => {
  it('is a PDF by its first bytes, whatever its name', () => {
    expect(detectFileKind(bytes('%PDF-1.7\n...'), 'brief.txt')).toBe('pdf');
  });

  it('is Markdown or plain text by name once the bytes are UTF-8 text', () => {
    expect(detectFileKind(bytes('# Kop\n\nTekst'), 'notitie.md')).toBe('markdown');
    expect(detectFileKind(bytes('Gewone tekst, met ë en €'), 'notitie.txt')).toBe('text');
    expect(detectFileKind(bytes('Tekst zonder extensie'), 'notitie')).toBe('text');
  });

  it('is refused as a named binary format, even when the name says .pdf', () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(detectFileKind(docx, 'brief.pdf')).toEqual({ refusal: expect.stringContaining('Word') });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]);
    expect(detectFileKind(png, 'scan.pdf')).toEqual({ refusal: expect.stringContaining('PNG') });
  });

  it('is refused when it is neither a PDF nor UTF-8 text', () => {
    expect(detectFileKind(new Uint8Array([0x41, 0x00, 0x42]), 'x.txt')).toHaveProperty('refusal');
    expect(detectFileKind(new Uint8Array([0x66, 0xe9, 0x65]), 'latin1.txt')).toHaveProperty('refusal');
  });
});

describe('passages of a text', () => {
  const lines = [
    '# Voortgang',
    '',
    'Eerste alinea over',
    'vakantieparken.',
    '',
    '- een lijstitem',
    '  dat doorloopt',
    '- tweede item',
    '1. genummerd item',
    '',
    '| Opgave | Trekker |',
    '|---|---|',
    '| Klimaat | EZK |',
    'Slotalinea.',
  ];

  it('are headings, paragraphs, list items and table rows with the lines they span', () => {
    expect(
      splitPassages(lines).map(({ nummer, soort, regelVan, regelTot }) => [nummer, soort, regelVan, regelTot]),
    ).toEqual([
      [1, 'kop', 1, 1],
      [2, 'alinea', 3, 4],
      [3, 'lijstitem', 6, 7],
      [4, 'lijstitem', 8, 8],
      [5, 'lijstitem', 9, 9],
      [6, 'tabelrij', 11, 11],
      [7, 'tabelrij', 13, 13],
      [8, 'alinea', 14, 14],
    ]);
  });

  it('keep their lines as they stand, joined by line breaks', () => {
    expect(splitPassages(lines)[1]!.tekst).toBe('Eerste alinea over\nvakantieparken.');
  });

  it('end at a page boundary and know the page they start on', () => {
    const passages = splitPassages(['regel een', 'regel twee', 'regel drie'], [1, 3]);
    expect(passages.map(({ regelVan, regelTot, pagina }) => [regelVan, regelTot, pagina])).toEqual([
      [1, 2, 1],
      [3, 3, 2],
    ]);
  });

  it('have no page in a text without pages', () => {
    expect(splitPassages(['een']).map((passage) => passage.pagina)).toEqual([null]);
    expect(pageOf(5, [])).toBeNull();
    expect(pageOf(5, [1, 4, 9])).toBe(2);
  });
});

describe('lines of a PDF page', () => {
  const item = (str: string, y: number, hasEOL = true) => ({
    str,
    hasEOL,
    height: 10,
    transform: [10, 0, 0, 10, 50, y],
  });

  it('follow the ends of line, with a blank line where the page leaves a gap', () => {
    expect(pageLines([item('eerste', 700), item('tweede', 686), item('na een gat', 640)])).toEqual([
      'eerste',
      'tweede',
      '',
      'na een gat',
    ]);
  });

  it('join items on one line', () => {
    expect(pageLines([item('een ', 700, false), item('regel', 700)])).toEqual(['een regel']);
  });
});

describe('reading a file as a document text', () => {
  it('numbers the lines of a PDF across pages and keeps where each page starts', async () => {
    const pdf = await textPdf([
      [['Eerste pagina, eerste alinea.'], ['Tweede alinea', 'over twee regels.']],
      [['Pagina twee over vakantieparken.']],
    ]);
    const text = await readDocumentText(pdf, 'brief.pdf', megabyte, 'invoer.bestand');
    expect(text.soort).toBe('pdf');
    expect(text.regels).toEqual([
      'Eerste pagina, eerste alinea.',
      '',
      'Tweede alinea',
      'over twee regels.',
      'Pagina twee over vakantieparken.',
    ]);
    expect(text.paginaBegin).toEqual([1, 5]);
    expect(text.passages.map(({ regelVan, regelTot, pagina }) => [regelVan, regelTot, pagina])).toEqual([
      [1, 1, 1],
      [3, 4, 1],
      [5, 5, 2],
    ]);
    expect(text.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a text file as its lines, without a byte-order mark', async () => {
    const text = await readDocumentText(bytes('\uFEFFeen\r\ntwee\n'), 'x.txt', megabyte, 'invoer.bestand');
    expect(text).toMatchObject({ soort: 'text', regels: ['een', 'twee'], paginaBegin: [] });
  });

  it('refuses a scan without a text layer, an encrypted and a malformed PDF, each in its own words', async () => {
    expect(await refusal(await imageOnlyPdf())).toMatchObject({ code: 'UNREADABLE_DOCUMENT', reden: 'GEEN_TEKSTLAAG' });
    expect(await refusal(await encryptedPdf())).toMatchObject({ code: 'UNREADABLE_DOCUMENT', reden: 'VERSLEUTELD' });
    expect(await refusal(malformedPdf())).toMatchObject({ code: 'UNREADABLE_DOCUMENT', reden: 'BESCHADIGD' });
    expect((await refusal(await imageOnlyPdf()))!.message).toMatch(/^invoer\.bestand: de PDF heeft geen tekstlaag/);
  });

  it('refuses a file over the size limit, another kind of file and an empty text', async () => {
    expect(await refusal(bytes('x'.repeat(2048)), 'x.txt', 1024)).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(await refusal(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'scan.pdf')).toMatchObject({
      code: 'UNSUPPORTED_FILE_TYPE',
    });
    expect(await refusal(bytes('\n  \n'), 'leeg.txt')).toMatchObject({ code: 'UNREADABLE_DOCUMENT', reden: 'LEEG' });
  });
});
