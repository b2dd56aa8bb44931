/**
 * The guard at the point a file a rep chose is read, shared by every import: a size limit, a
 * check that the file is text at all (not a workbook, PDF or picture renamed .csv), the text
 * decoded (UTF-8, UTF-16 with a byte-order mark, else Windows-1252 as older CRMs write), and row
 * and nesting limits for what comes next. Each refusal is said in a rep's words; nothing is saved.
 */

/** The largest file an import reads, in bytes (20 MB: far beyond a real export of this site or a CRM's customer list). */
export const maxImportBytes = 20 * 1024 * 1024;
/** The most data rows a CSV import takes at once (beyond it, an import would no longer fit the browser's storage). */
export const maxImportRows = 10_000;
/** The deepest nesting a JSON import may have (the exports nest five levels). */
export const maxJsonDepth = 32;

/** A refusal, shaped like a failed ImportReading so an import panel shows it the same way. */
export interface FileRefusal { ok: false; held: string; problems: string[]; details: string[] }
/** What reading a file gives: its text, or why it was not read. */
export type FileText = { ok: true; text: string } | FileRefusal;

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const refuse = (held: string, problem: string, detail: string): FileRefusal => ({ ok: false, held, problems: [problem], details: [detail] });

/** A message when a file is too large to read, else null. */
export function checkImportSize(size: number): FileRefusal | null {
  if (size <= maxImportBytes) return null;
  return refuse(
    `The file is ${megabytes(size)}, more than the ${megabytes(maxImportBytes)} an import reads.`,
    'This file is too large to import. Export only the customers or contacts you need (for example one region or one year), then import that file.',
    `size: ${size} bytes, limit ${maxImportBytes}`,
  );
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** What kind of non-text file the first bytes show, in words, or null when they look like text. */
function binaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'a workbook or zip archive (for example an Excel .xlsx file)';
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'a PDF document';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'an old Excel or Word file (.xls, .doc)';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46)) return 'a picture';
  const sample = bytes.subarray(0, 65_536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'data that is not text';
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f) control++;
  }
  return control > sample.length / 100 ? 'data that is not text' : null;
}

/** Decodes a file's bytes as text, or says why it is not text. */
export function decodeImportBytes(bytes: Uint8Array): FileText {
  if (startsWith(bytes, 0xff, 0xfe)) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (startsWith(bytes, 0xfe, 0xff)) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const kind = binaryKind(bytes);
  if (kind) {
    return refuse(
      `The file holds ${kind}, not text.`,
      'Only text files can be imported: the .json file exported from this page, or a CSV. In a spreadsheet choose “Save as” › “CSV”, then import that file.',
      'the file: not text (binary bytes in its first 64 KB)',
    );
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // Not UTF-8 but text: older CRMs and Excel on Windows write Windows-1252 ("Müller" as one byte for ü).
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes) };
  }
}

/** Reads a file the rep chose: refused when too large (without reading it) or not text, else its text. */
export async function readImportText(file: Blob): Promise<FileText> {
  const tooLarge = checkImportSize(file.size);
  if (tooLarge) return tooLarge;
  try {
    return decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
  } catch {
    return refuse('The file could not be read.', 'The browser could not read this file. Check that it is still there (not moved or on a disconnected drive), then choose it again.', 'the file: read failed');
  }
}

/** The number of lines of a text, blank lines at its end left out (a quoted line break counts too, so this is at least the row count). */
export function countLines(text: string): number {
  const body = text.trimEnd();
  if (body === '') return 0;
  const separator = body.includes('\n') ? '\n' : '\r';
  let lines = 1;
  for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, at + 1)) lines++;
  return lines;
}

/** A message when a CSV has more data rows (lines after the header) than an import takes, else null. */
export function checkRowCount(text: string, noun: { many: string }): FileRefusal | null {
  const rows = countLines(text) - 1;
  if (rows <= maxImportRows) return null;
  return refuse(
    `The file has ${rows.toLocaleString('en-GB')} lines under its header.`,
    `That is more than the ${maxImportRows.toLocaleString('en-GB')} ${noun.many} one import takes. Split the file (for example by region or by year) and import the parts one after the other.`,
    `rows: ${rows}, limit ${maxImportRows}`,
  );
}

/** How deep the arrays and objects of JSON text nest (brackets inside strings do not count); stops counting past `limit`. */
export function jsonDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return deepest;
}

/** A message when JSON text nests deeper than any export of this site, else null. */
export function checkJsonDepth(text: string): FileRefusal | null {
  if (jsonDepth(text, maxJsonDepth) <= maxJsonDepth) return null;
  return refuse(
    `The file holds JSON nested more than ${maxJsonDepth} levels deep; an export of this site nests five.`,
    'This is not a file exported from Customer Atlas. Choose the .json file you exported from this page.',
    `the file: nesting deeper than ${maxJsonDepth} levels`,
  );
}
