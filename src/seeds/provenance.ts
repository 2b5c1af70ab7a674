import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bron } from './seed-schema.js';

/** The source documents' lines, by document id. */
export type DocumentTexts = ReadonlyMap<string, readonly string[]>;

/** Reads each document's file (named by its `bestand` property) as lines. */
export async function readDocumentTexts(
  documents: ReadonlyArray<{ id: string; bestand: string }>,
  directory: string,
): Promise<DocumentTexts> {
  const texts = new Map<string, string[]>();
  for (const document of documents) {
    const text = await readFile(join(directory, document.bestand), 'utf8');
    texts.set(document.id, splitLines(text));
  }
  return texts;
}

/** A text's lines; a final line break ends the last line rather than starting an empty one. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Runs of whitespace (including non-breaking spaces) count as one space, so quotes may wrap lines. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The cited lines (1-based, inclusive) joined into one normalised string. */
export function citedText(lines: readonly string[], [from, to]: readonly [number, number]): string {
  return normalizeWhitespace(lines.slice(from - 1, to).join(' '));
}

/**
 * Checks that a source's quote stands, verbatim, at the lines it cites, and so does the quote of
 * each further range (`ook`) in the same document. Returns undefined when they do, else what is wrong.
 */
export function checkSource(source: Bron, texts: DocumentTexts): string | undefined {
  const lines = texts.get(source.document);
  if (!lines) return `citeert ${source.document}, dat geen bekend document is`;
  const ranges = [source, ...(source.ook ?? [])];
  for (const [index, { regels, citaat }] of ranges.entries()) {
    const problem = checkRange(source.document, lines, regels, citaat);
    if (problem) return index === 0 ? problem : `ook[${index - 1}]: ${problem}`;
  }
  return undefined;
}

function checkRange(
  document: string,
  lines: readonly string[],
  [from, to]: readonly [number, number],
  citaat: string,
): string | undefined {
  if (to > lines.length) return `citeert de regels ${from}-${to} van ${document}, dat ${lines.length} regels heeft`;
  if (!citedText(lines, [from, to]).includes(normalizeWhitespace(citaat))) {
    return `het citaat "${citaat}" staat niet op de regels ${from}-${to} van ${document}`;
  }
  return undefined;
}
