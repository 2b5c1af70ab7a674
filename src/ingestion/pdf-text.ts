import { getDocumentProxy } from 'unpdf';

/** Why a PDF cannot be read as text; each becomes its own Dutch refusal (see document-text.ts). */
export type PdfProblem = 'versleuteld' | 'beschadigd' | 'geen-tekstlaag';

export class PdfError extends Error {
  constructor(
    readonly problem: PdfProblem,
    cause?: unknown,
  ) {
    super(`unreadable PDF: ${problem}`, { cause });
    this.name = 'PdfError';
  }
}

/** A text item as pdf.js gives it: its string, whether a line ends after it, and its position. */
interface TextItem {
  str: string;
  hasEOL: boolean;
  height: number;
  transform: number[];
}

/** A vertical gap this many times the text height between two lines starts a new paragraph. */
const paragraphGap = 1.6;

/**
 * The text of each page as lines, in reading order as pdf.js gives it. A blank line is put where
 * the page leaves a gap between lines, so paragraphs stay paragraphs. Refuses a password-protected
 * or damaged file, and one whose pages hold no text (a scan without a text layer).
 */
export async function pdfPages(bytes: Uint8Array): Promise<string[][]> {
  let pdf;
  try {
    // pdf.js takes ownership of the buffer it gets, so it gets a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    throw new PdfError((error as Error).name === 'PasswordException' ? 'versleuteld' : 'beschadigd', error);
  }
  try {
    const pages: string[][] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items.filter((item) => 'str' in item) as TextItem[]));
    }
    if (pages.every((lines) => lines.every((line) => line.trim() === ''))) throw new PdfError('geen-tekstlaag');
    return pages;
  } catch (error) {
    if (error instanceof PdfError) throw error;
    throw new PdfError('beschadigd', error);
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/** Joins a page's text items into lines, with a blank line at each paragraph gap. */
export function pageLines(items: readonly TextItem[]): string[] {
  const lines: string[] = [];
  let current = '';
  let lastY: number | undefined;
  let lastHeight = 0;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (current === '' && lastY !== undefined && lastHeight > 0 && lastY - y > paragraphGap * lastHeight) {
      lines.push('');
    }
    current += item.str;
    if (item.str !== '') {
      lastY = y;
      lastHeight = item.height;
    }
    if (item.hasEOL) {
      lines.push(current.trimEnd());
      current = '';
    }
  }
  if (current !== '') lines.push(current.trimEnd());
  while (lines.at(-1) === '') lines.pop();
  return lines;
}
