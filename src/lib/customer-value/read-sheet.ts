/**
 * Reads CSV text (a CRM export or cells pasted from a spreadsheet) with papaparse. The island
 * loads this module, and papaparse with it, only when a file or a paste is brought in.
 */
import Papa from 'papaparse';
import { sheetFromRows, type Sheet } from './sheet';

/**
 * The separator of a sheet, read from its header line (the first line with text): the one of
 * tab, semicolon, comma and bar that occurs most there outside quotes. Papaparse's own guess
 * weighs every row, and commas inside amounts ("1,200") can outvote a tab.
 */
export function guessDelimiter(text: string): string {
  const header = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const outside = header.replace(/"[^"]*"/g, '');
  let best = ',';
  let most = 0;
  for (const sep of ['\t', ';', ',', '|']) {
    const count = outside.split(sep).length - 1;
    if (count > most) (best = sep), (most = count);
  }
  return best;
}

/** Parses CSV or tab-separated text: drops a byte-order mark, finds the separator, keeps quoted commas and line breaks. */
export function readSheet(text: string): Sheet | null {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(clean);
  const result = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: false });
  return sheetFromRows(result.data, delimiter === ';');
}
