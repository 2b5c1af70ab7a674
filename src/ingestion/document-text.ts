import { createHash } from 'node:crypto';
import { refusedFile } from '../errors.js';
import { splitLines } from '../seeds/provenance.js';
import { decodeText, detectFileKind, mediaTypes, type FileKind } from './file-type.js';
import { PdfError, pdfPages, type PdfProblem } from './pdf-text.js';
import { splitPassages, type Passage } from './passages.js';

/** A file read as a document's text: its lines, where its pages start, its passages and its hash. */
export interface DocumentText {
  soort: FileKind;
  mediatype: string;
  /** SHA-256 of the file's bytes, hex: the same bytes are the same document. */
  sha256: string;
  regels: string[];
  /** The first line of each page (1-based); empty for a text file, which has no pages. */
  paginaBegin: number[];
  passages: Passage[];
}

const pdfRefusals: Record<PdfProblem, string> = {
  versleuteld: 'de PDF is versleuteld of met een wachtwoord beveiligd; lees een onbeveiligde versie in',
  beschadigd: 'de PDF is beschadigd of onvolledig en kan niet worden gelezen',
  'geen-tekstlaag':
    'de PDF heeft geen tekstlaag (een scan of afbeelding); lees een versie met tekst in, bijvoorbeeld na tekstherkenning (OCR)',
};

/**
 * Reads a file's bytes as a document's text, or refuses it with a Dutch message naming `argument`:
 * too large, not a PDF or UTF-8 text, a PDF without readable text, or no text at all.
 */
export async function readDocumentText(
  bytes: Uint8Array,
  fileName: string,
  maxBytes: number,
  argument: string,
): Promise<DocumentText> {
  if (bytes.length > maxBytes) {
    throw refusedFile(
      'FILE_TOO_LARGE',
      argument,
      'TE_GROOT',
      `het bestand is ${bytes.length} bytes; hoogstens ${maxBytes} bytes kunnen worden ingelezen`,
    );
  }
  const kind = detectFileKind(bytes, fileName);
  if (typeof kind !== 'string') throw refusedFile('UNSUPPORTED_FILE_TYPE', argument, 'SOORT', kind.refusal);
  const { regels, paginaBegin } = kind === 'pdf' ? await pdfLines(bytes, argument) : textLines(bytes);
  if (regels.every((line) => line.trim() === '')) {
    throw refusedFile('UNREADABLE_DOCUMENT', argument, 'LEEG', 'het bestand bevat geen tekst');
  }
  return {
    soort: kind,
    mediatype: mediaTypes[kind],
    sha256: sha256(bytes),
    regels,
    paginaBegin,
    passages: splitPassages(regels, paginaBegin),
  };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function textLines(bytes: Uint8Array): { regels: string[]; paginaBegin: number[] } {
  return { regels: splitLines(decodeText(bytes)), paginaBegin: [] };
}

/** The pages' lines one after another; each page starts on the line after the previous one ends. */
async function pdfLines(bytes: Uint8Array, argument: string): Promise<{ regels: string[]; paginaBegin: number[] }> {
  let pages: string[][];
  try {
    pages = await pdfPages(bytes);
  } catch (error) {
    if (!(error instanceof PdfError)) throw error;
    throw refusedFile(
      'UNREADABLE_DOCUMENT',
      argument,
      error.problem.toUpperCase().replace('-', '_'),
      pdfRefusals[error.problem],
    );
  }
  const regels: string[] = [];
  const paginaBegin: number[] = [];
  for (const lines of pages) {
    paginaBegin.push(regels.length + 1);
    regels.push(...lines);
  }
  return { regels, paginaBegin };
}
