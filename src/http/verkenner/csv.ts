// CSV as Excel opens it: written by Papa Parse (loaded as a classic script, /verkenner/lib/papaparse.js),
// fields separated by `;` (Excel's separator where the comma is the decimal sign, as in Dutch), lines
// ending in CRLF, UTF-8 with a byte-order mark so Excel reads the accents, and a cell that starts like
// a formula (=, +, -, @) prefixed with a quote so that a spreadsheet never runs it.

/** The part of Papa Parse's global this page uses (its own types would bring Node's along). */
declare const Papa: {
  unparse(
    table: { fields: string[]; data: string[][] },
    config: { delimiter: string; newline: string; escapeFormulae: boolean; quotes: boolean },
  ): string;
};

export const CSV_SEPARATOR = ';';

/** A table as a CSV file's contents, header first. */
export function toCsv(header: string[], rows: string[][]): Blob {
  const text = Papa.unparse(
    { fields: header, data: rows },
    { delimiter: CSV_SEPARATOR, newline: '\r\n', escapeFormulae: true, quotes: false },
  );
  return new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
}
