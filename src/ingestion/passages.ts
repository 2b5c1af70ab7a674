/**
 * A document's text as numbered lines and as passages: the paragraphs, list items, table rows and
 * headings a reader sees, each with the lines it spans. Lines are 1-based and stable: they are the
 * lines a source cites and the quote check reads (seeds/provenance.ts).
 */

export type PassageKind = 'alinea' | 'lijstitem' | 'tabelrij' | 'kop';

export interface Passage {
  /** 1-based, in the order of the text. */
  nummer: number;
  soort: PassageKind;
  regelVan: number;
  regelTot: number;
  /** The page its first line is on; null for a document without pages. */
  pagina: number | null;
  /** The lines joined by line breaks, as they stand. */
  tekst: string;
}

const listItem = /^\s*(?:[-*•–+]|\d{1,3}[.)]|[a-z][.)])\s+\S/;
const tableRow = /^\s*\|.*\|\s*$/;
const tableRule = /^\s*\|[\s:|-]*\|\s*$/;
const heading = /^\s*#{1,6}\s+\S/;

/** The page (1-based) a line is on, given the first line of every page; null without pages. */
export function pageOf(line: number, pageStarts: readonly number[]): number | null {
  if (pageStarts.length === 0) return null;
  let page = 1;
  pageStarts.forEach((start, index) => {
    if (start <= line) page = index + 1;
  });
  return page;
}

/**
 * Splits lines into passages. A blank line or a page boundary ends a passage; a list item, table row
 * or heading starts its own; the lines of a list item that follow it (not blank, not a new item)
 * belong to it. Table rule lines (`|---|`) and blank lines belong to no passage.
 */
export function splitPassages(lines: readonly string[], pageStarts: readonly number[] = []): Passage[] {
  const passages: Passage[] = [];
  let open: { soort: PassageKind; van: number; tot: number } | undefined;
  const close = () => {
    if (!open) return;
    passages.push({
      nummer: passages.length + 1,
      soort: open.soort,
      regelVan: open.van,
      regelTot: open.tot,
      pagina: pageOf(open.van, pageStarts),
      tekst: lines.slice(open.van - 1, open.tot).join('\n'),
    });
    open = undefined;
  };
  const starts = new Set(pageStarts);
  lines.forEach((line, index) => {
    const number = index + 1;
    if (starts.has(number)) close();
    if (line.trim() === '' || tableRule.test(line)) return close();
    const kind = lineKind(line);
    if (kind === 'alinea' && open && open.soort !== 'tabelrij' && open.soort !== 'kop') {
      open.tot = number;
      return;
    }
    close();
    open = { soort: kind, van: number, tot: number };
  });
  close();
  return passages;
}

function lineKind(line: string): PassageKind {
  if (tableRow.test(line)) return 'tabelrij';
  if (heading.test(line)) return 'kop';
  if (listItem.test(line)) return 'lijstitem';
  return 'alinea';
}
