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

/** Leading lines that start with "#" (as this site's CSV export writes its assumptions): their "key: value" pairs, and the text after them. */
export function splitNotes(text: string): { notes: Record<string, string>; body: string; lines: number } {
  const notes: Record<string, string> = {};
  let at = 0;
  let lines = 0;
  while (text.startsWith('#', at)) {
    const end = text.slice(at).search(/\r\n|\n|\r/);
    const line = end < 0 ? text.slice(at) : text.slice(at, at + end);
    const m = line.match(/^#\s*([^:]+):\s*(.*)$/);
    if (m) notes[m[1]!.trim().toLowerCase()] = m[2]!.trim();
    lines++;
    if (end < 0) return { notes, body: '', lines };
    at += end + (text.startsWith('\r\n', at + end) ? 2 : 1);
  }
  return { notes, body: text.slice(at), lines };
}

/** Parses CSV or tab-separated text: drops a byte-order mark and leading "#" note lines, finds the separator, keeps quoted commas and line breaks. */
export function readSheet(text: string): Sheet | null {
  const { notes, body, lines } = splitNotes(text.replace(/^\uFEFF/, ''));
  const delimiter = guessDelimiter(body);
  const result = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const sheet = sheetFromRows(result.data, delimiter === ';', lines);
  return sheet && { ...sheet, notes };
}
