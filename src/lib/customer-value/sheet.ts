/**
 * An imported sheet (CSV file or pasted cells) checked row by row against a column mapping. Every
 * bad cell gets a message naming its row and field ("row 14: revenue 'n/a' is not a number"); the
 * rep then imports the good rows or none. Rows are numbered as a spreadsheet numbers them: the
 * header is row 1, and empty rows count but are skipped.
 */
import { guessDateOrder, readDate, readNumber, type DateOrder } from './cells';
import { fieldIds, fields, requiredFields, type FieldId, type Mapping } from './columns';
import { maxAmount, maxNameLength, maxStep, type Customer } from './schemas';

/** A sheet as read: its header cells and its non-empty data rows with their row numbers. */
export interface Sheet {
  headers: string[];
  rows: { row: number; cells: string[] }[];
  /** True when the file writes decimals with a comma (semicolon-separated files do). */
  decimalComma: boolean;
}

/** The sheet in raw rows (from the CSV parser): the first non-empty row is the header. Null when there is no header. */
export function sheetFromRows(raw: readonly (readonly string[])[], decimalComma: boolean): Sheet | null {
  const filled = (cells: readonly string[]) => cells.some((c) => c.trim() !== '');
  const headerAt = raw.findIndex(filled);
  if (headerAt < 0) return null;
  const rows: Sheet['rows'] = [];
  for (let i = headerAt + 1; i < raw.length; i++) if (filled(raw[i]!)) rows.push({ row: i + 1, cells: raw[i]!.map((c) => c.trim()) });
  return { headers: raw[headerAt]!.map((h) => h.trim()), rows, decimalComma };
}

/** The fields of one good row: the name, and every other mapped field that had a value. */
export interface ImportedCustomer {
  row: number;
  name: string;
  values: Partial<Omit<Customer, 'name' | 'addedAt'>>;
}

/** What checking a sheet gives: good rows, messages for bad cells, and problems with the mapping itself. */
export interface SheetCheck {
  good: ImportedCustomer[];
  /** Row numbers with at least one bad cell. */
  badRows: number[];
  /** One message per bad cell, in row order. */
  messages: string[];
  /** Problems that stop any import (a required field not mapped). */
  mappingProblems: string[];
}

const quote = (cell: string) => `'${cell.length > 40 ? `${cell.slice(0, 39)}…` : cell}'`;

/** Reads one cell for a field: the value (null when empty) or the reason it is bad. */
function readCell(id: FieldId, cell: string, decimalComma: boolean, dates: DateOrder): { value: number | string | null } | { reason: string } {
  const spec = fields[id];
  if (spec.kind === 'date') {
    const date = readDate(cell, dates);
    return date.ok ? { value: date.value } : { reason: date.reason };
  }
  const n = readNumber(cell, decimalComma);
  if (!n.ok) return { reason: n.reason };
  const x = n.value;
  if (x === null) return { value: null };
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

/** Checks every row of a sheet against a mapping. */
export function checkSheet(sheet: Sheet, mapping: Mapping): SheetCheck {
  const mappingProblems = requiredFields.filter((id) => mapping[id] === null).map((id) => `Choose the column that holds the ${fields[id].noun}: it is needed for every customer.`);
  const check: SheetCheck = { good: [], badRows: [], messages: [], mappingProblems };
  if (mappingProblems.length > 0) return check;
  const dateColumn = mapping.lastOrder;
  const dates = dateColumn === null ? 'mdy' : guessDateOrder(sheet.rows.map((r) => r.cells[dateColumn] ?? ''), sheet.decimalComma ? 'dmy' : 'mdy');
  for (const { row, cells } of sheet.rows) {
    const name = (cells[mapping.name!] ?? '').replace(/\s+/g, ' ').trim().slice(0, maxNameLength);
    const problems: string[] = name ? [] : [`row ${row}: name is empty`];
    const values: Record<string, number | string> = {};
    for (const id of fieldIds) {
      const column = mapping[id];
      if (id === 'name' || column === null) continue;
      const cell = cells[column] ?? '';
      const result = readCell(id, cell, sheet.decimalComma, dates);
      if ('reason' in result) problems.push(`row ${row}: ${fields[id].noun} ${quote(cell)} ${result.reason}`);
      else if (result.value !== null) values[id] = result.value;
    }
    if (problems.length > 0) {
      check.badRows.push(row);
      check.messages.push(...problems);
    } else check.good.push({ row, name, values: values as ImportedCustomer['values'] });
  }
  return check;
}
