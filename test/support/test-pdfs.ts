import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';

/**
 * Small PDFs made on the spot for the ingestion tests: one with a text layer (each page a list of
 * paragraphs, each paragraph a list of lines), one with only a drawing (a scan has no text either),
 * one encrypted with a password, and one that is broken.
 */

export async function textPdf(pages: ReadonlyArray<ReadonlyArray<readonly string[]>>): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const paragraphs of pages) {
    const page = pdf.addPage();
    let y = 760;
    for (const paragraph of paragraphs) {
      for (const line of paragraph) {
        page.drawText(line, { x: 50, y, font, size: 11 });
        y -= 16;
      }
      y -= 20;
    }
  }
  return pdf.save();
}

/** A page with shapes and no text, as a scan without a text layer looks to a text extractor. */
export async function imageOnlyPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const page = pdf.addPage();
  page.drawRectangle({ x: 50, y: 500, width: 300, height: 200 });
  page.drawCircle({ x: 300, y: 300, size: 50 });
  return pdf.save();
}

/** A PDF whose trailer names the standard security handler: readers ask for a password. */
export async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Vertrouwelijk', { x: 50, y: 700, font, size: 12 });
  const context = pdf.context;
  context.trailerInfo.Encrypt = context.register(
    context.obj({
      Filter: 'Standard',
      V: 1,
      R: 2,
      O: PDFHexString.of('00'.repeat(32)),
      U: PDFHexString.of('11'.repeat(32)),
      P: -4,
    }),
  );
  context.trailerInfo.ID = context.obj([PDFHexString.of('ab'.repeat(16)), PDFHexString.of('ab'.repeat(16))]);
  return pdf.save({ useObjectStreams: false });
}

/** Starts like a PDF, then is not one. */
export function malformedPdf(): Uint8Array {
  return new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nrommel zonder einde');
}
