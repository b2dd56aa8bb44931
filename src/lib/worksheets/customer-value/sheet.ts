/**
 * An imported sheet (CSV file or pasted cells) checked row by row against a column mapping. Every
 * bad cell gets a message naming its row and field ("row 14: revenue 'n/a' is not a number"); the
 * rep then imports the good rows or none. Rows are numbered as a spreadsheet numbers them: the
 * header is row 1, and empty rows count but are skipped.
 */
import { guessDateOrder, readDate, readNumber, type DateOrder } from './cells';
import { fieldIds, fields, requiredFields, type FieldId, type Mapping } from './columns';
import type { CurrencyCode } from './currency';
import { currenciesIn } from './currency-detect';
import { maxAmount, maxNameLength, maxStep, type Customer } from './schemas';

/** A sheet as read: its header cells and its non-empty data rows with their row numbers. */
export interface Sheet {
  headers: string[];
  rows: { row: number; cells: string[] }[];
  /** True when the file writes decimals with a comma (semicolon-separated files do). */
  decimalComma: boolean;
  /** "key: value" notes from "#" lines above the header (this site's export states its assumptions there). */
  notes?: Record<string, string>;
}

/** The sheet in raw rows (from the CSV parser): the first non-empty row is the header. Null when there is no header. */
export function sheetFromRows(raw: readonly (readonly string[])[], decimalComma: boolean, skipped = 0): Sheet | null {
  const filled = (cells: readonly string[]) => cells.some((c) => c.trim() !== '');
  const headerAt = raw.findIndex(filled);
  if (headerAt < 0) return null;
  const rows: Sheet['rows'] = [];
  for (let i = headerAt + 1; i < raw.length; i++) if (filled(raw[i]!)) rows.push({ row: i + 1 + skipped, cells: raw[i]!.map((c) => c.trim()) });
  return { headers: raw[headerAt]!.map((h) => h.trim()), rows, decimalComma };
}

/** The fields of one good row: the name, and every other mapped field that had a value. */
export interface ImportedCustomer {
  row: number;
  name: string;
  values: Partial<Omit<Customer, 'name' | 'addedAt' | 'flags'>>;
  /** Cells that could not be read, by field, as written (left empty; the rep fixes them on the page). */
  flags?: Partial<Record<FieldId, string>>;
}

/** What checking a sheet gives: good rows, messages for bad cells, and problems with the mapping itself. */
export interface SheetCheck {
  good: ImportedCustomer[];
  /** Row numbers left out: a bad cell (more than one, or any when `keepOneBad` is off). */
  badRows: number[];
  /** Row numbers brought in with their one bad cell empty and flagged. */
  flaggedRows: number[];
  /** Currencies named in amount cells, each with the first row naming it (more than one: the file is refused). */
  currencies: Map<CurrencyCode, number>;
  /** One message per bad cell, in row order. */
  messages: string[];
  /** Problems that stop any import (a required field not mapped). */
  mappingProblems: string[];
}

const quote = (cell: string) => `'${cell.length > 40 ? `${cell.slice(0, 39)}…` : cell}'`;

const scaled = (x: number, scale: number | undefined) => (scale === undefined || scale === 1 ? x : Math.round(x * scale * 1e6) / 1e6);

/** Reads one cell for a field: the value (null when empty) or the reason it is bad. */
function readCell(id: FieldId, cell: string, decimalComma: boolean, dates: DateOrder, scale?: number): { value: number | string | null } | { reason: string } {
  const spec = fields[id];
  if (spec.kind === 'date') {
    const date = readDate(cell, dates);
    return date.ok ? { value: date.value } : { reason: date.reason };
  }
  const n = readNumber(cell, decimalComma);
  if (!n.ok) return { reason: n.reason };
  if (n.value === null) return { value: null };
  const x = scaled(n.value, scale);
  switch (spec.kind) {
    case 'amount':
      return x < 0 ? { reason: 'is below zero' } : x > maxAmount ? { reason: 'is too large' } : { value: x };
    case 'percent':
      if (id === 'margin') return x < -100 || x > 100 ? { reason: 'is not between -100% and 100%' } : { value: x };
      return x < 0 || x > 100 ? { reason: 'is not between 0% and 100%' } : { value: x };
    case 'count':
      return Number.isInteger(x) && x >= 0 && x <= 1e7 ? { value: x } : { reason: 'is not a whole number of zero or more' };
    case 'years':
      return x < 0 || x > 100 ? { reason: 'is not between 0 and 100 years' } : { value: x };
    default:
      return Number.isInteger(x) && x >= 0 && x <= maxStep ? { value: x } : { reason: `is not a step from 0 to ${maxStep}` };
  }
}

/** How a sheet is read beyond its mapping: figures scaled (fractions to percents, cents to units), and whether rows with one bad cell come in marked. */
export interface ReadOptions {
  /** A factor per field: 100 reads 0.22 as 22 %; 0.01 reads cents as whole units. */
  scales?: Partial<Record<FieldId, number>>;
  /** Bring in a row with exactly one bad cell (not its name), that cell empty and flagged. */
  keepOneBad?: boolean;
}

/** Checks every row of a sheet against a mapping; O(rows × fields). */
export function checkSheet(sheet: Sheet, mapping: Mapping, options: ReadOptions = {}): SheetCheck {
  const mappingProblems = requiredFields.filter((id) => mapping[id] === null).map((id) => `Choose the column that holds the ${fields[id].noun}: it is needed for every customer.`);
  const check: SheetCheck = { good: [], badRows: [], flaggedRows: [], messages: [], mappingProblems, currencies: new Map() };
  if (mappingProblems.length > 0) return check;
  const dateColumn = mapping.lastOrder;
  const dates = dateColumn === null ? 'mdy' : guessDateOrder(sheet.rows.map((r) => r.cells[dateColumn] ?? ''), sheet.decimalComma ? 'dmy' : 'mdy');
  const amounts = fieldIds.filter((id) => fields[id].kind === 'amount' && mapping[id] !== null);
  check.currencies = currenciesIn(sheet.rows.flatMap(({ row, cells }) => amounts.map((id) => ({ row, text: cells[mapping[id]!] ?? '' }))));
  for (const { row, cells } of sheet.rows) {
    const name = (cells[mapping.name!] ?? '').replace(/\s+/g, ' ').trim().slice(0, maxNameLength);
    const problems: string[] = name ? [] : [`row ${row}: name is empty`];
    const values: Record<string, number | string> = {};
    const flags: Partial<Record<FieldId, string>> = {};
    for (const id of fieldIds) {
      const column = mapping[id];
      if (id === 'name' || column === null) continue;
      const cell = cells[column] ?? '';
      const result = readCell(id, cell, sheet.decimalComma, dates, options.scales?.[id]);
      if ('reason' in result) problems.push(`row ${row}: ${fields[id].noun} ${quote(cell)} ${result.reason}`), (flags[id] = cell);
      else if (result.value !== null) values[id] = result.value;
    }
    const good = { row, name, values: values as ImportedCustomer['values'] };
    if (problems.length === 0) check.good.push(good);
    else if (options.keepOneBad && name && problems.length === 1) check.good.push({ ...good, flags }), check.flaggedRows.push(row), check.messages.push(...problems);
    else check.badRows.push(row), check.messages.push(...problems);
  }
  return check;
}

/** A row with one bad cell, or none: whether `keepOneBad` would bring it in (for the mapping step's offer). */
export function oneBadRows(sheet: Sheet, mapping: Mapping, options: ReadOptions = {}): number {
  return checkSheet(sheet, mapping, { ...options, keepOneBad: true }).flaggedRows.length;
}
