/**
 * What kind of file a document is, judged by its bytes: a PDF starts with `%PDF-`; text must be
 * valid UTF-8 without NUL bytes (a byte-order mark is allowed). The name only tells Markdown from
 * plain text, never makes a file a PDF or text. Known binary formats are named in the refusal.
 */

export type FileKind = 'pdf' | 'markdown' | 'text';

/** The media type stored with a document of each kind. */
export const mediaTypes: Record<FileKind, string> = {
  pdf: 'application/pdf',
  markdown: 'text/markdown',
  text: 'text/plain',
};

/** Binary formats people send by mistake, by their first bytes, to name in a refusal. */
const knownBinaries: ReadonlyArray<{ name: string; magic: readonly number[] }> = [
  { name: 'een Word- of ander Office-bestand (zip)', magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'een oud Word- of Excel-bestand', magic: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'een PNG-afbeelding', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'een JPEG-afbeelding', magic: [0xff, 0xd8, 0xff] },
  { name: 'een GIF-afbeelding', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'een TIFF-afbeelding (scan)', magic: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'een TIFF-afbeelding (scan)', magic: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'een gzip-archief', magic: [0x1f, 0x8b] },
];

const pdfMagic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** The kind of file, or a Dutch sentence saying why it is none of the kinds we read. */
export function detectFileKind(bytes: Uint8Array, fileName: string): FileKind | { refusal: string } {
  if (startsWith(bytes, pdfMagic)) return 'pdf';
  const binary = knownBinaries.find(({ magic }) => startsWith(bytes, magic));
  if (binary) return { refusal: `dit is ${binary.name}; lees een PDF, tekst- of Markdown-bestand in` };
  if (bytes.includes(0) || !isUtf8(bytes)) {
    return { refusal: 'dit is geen PDF en geen tekst in UTF-8; lees een PDF, tekst- of Markdown-bestand in' };
  }
  return /\.(md|markdown)$/i.test(fileName) ? 'markdown' : 'text';
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The text of a text file: UTF-8 without its byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}
