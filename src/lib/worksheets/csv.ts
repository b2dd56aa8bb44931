/**
 * CSV for every worksheet export and import, written and read by papaparse. Importing this module
 * brings papaparse with it, so the islands load it only when a rep exports or imports (each
 * export module and import reader is itself loaded on demand).
 */
import Papa from 'papaparse';

/** What a CSV cell may be given: text typed by a rep (formula-guarded), numbers, flags or nothing. */
export type CsvValue = string | number | boolean | null | undefined;

/** Text a spreadsheet would run as a formula. Papaparse's own pattern (`escapeFormulae: true`) misses such text when it runs over several lines. */
const formula = /^[=+\-@\t\r]/;

/**
 * A CSV document from a header row and data rows: CRLF line ends (as spreadsheets expect) and one
 * after the last row; a cell is quoted when it holds a comma, quote or line break, or starts or
 * ends with a space. Text starting with =, +, -, @, tab or CR gets a leading ' (and quotes) so a
 * spreadsheet does not run it as a formula; numbers stay as they are.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${Papa.unparse([header, ...rows], { newline: '\r\n', escapeFormulae: formula })}\r\n`;
}

/** Splits CSV text into rows of cells: quoted cells may hold commas, quotes ("") and line breaks; a byte-order mark and blank lines are dropped. */
export function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: 'greedy' }).data;
}

/** Undoes the formula guard `toCsv` puts on text typed by a rep ("'=SUM" back to "=SUM"). */
export const unguardCell = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
