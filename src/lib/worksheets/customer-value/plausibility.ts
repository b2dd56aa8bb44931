/**
 * Plausibility before an import: how a column was probably meant (margins written as fractions,
 * amounts in cents) and warnings for figures that are almost certainly wrong. All of it is shown
 * on the mapping step, before anything is saved, and every reading can be reversed there.
 */
import { readNumber } from './cells';
import { fields, type FieldId, type Mapping } from './columns';
import type { ImportedCustomer, Sheet } from './sheet';

/** Percent fields a sheet may write as fractions (0.22 for 22 %). */
const percentFields: FieldId[] = ['margin', 'retention'];

/** The numbers of one column (empty and unreadable cells left out), with whether any cell carried a % sign. */
function columnNumbers(sheet: Sheet, column: number): { values: number[]; percentSign: boolean; decimals: boolean } {
  const values: number[] = [];
  let percentSign = false;
  let decimals = false;
  for (const { cells } of sheet.rows) {
    const cell = cells[column] ?? '';
    const n = readNumber(cell, sheet.decimalComma);
    if (!n.ok || n.value === null) continue;
    values.push(n.value);
    if (cell.includes('%')) percentSign = true;
    if (!Number.isInteger(n.value)) decimals = true;
  }
  return { values, percentSign, decimals };
}

/**
 * The readings a sheet most likely means: a percent column whose every value lies between -1
 * and 1 (and has no % sign, and at least one value between the whole numbers) is read ×100.
 */
export function guessScales(sheet: Sheet, mapping: Mapping): Partial<Record<FieldId, number>> {
  const scales: Partial<Record<FieldId, number>> = {};
  for (const id of percentFields) {
    const column = mapping[id];
    if (column === null) continue;
    const { values, percentSign } = columnNumbers(sheet, column);
    const min = id === 'margin' ? -1 : 0;
    if (!percentSign && values.length > 0 && values.every((v) => v >= min && v <= 1) && values.some((v) => v !== 0 && Math.abs(v) !== 1)) scales[id] = 100;
  }
  return scales;
}

/** One line on the mapping step for a reading the rep can reverse. */
export function scaleNotice(id: FieldId, scale: number): string {
  const noun = fields[id].noun;
  if (scale === 100) return `The ${noun} column holds fractions, so 0.22 is read as 22 %.`;
  if (scale === 0.01) return `The ${noun} column is read as cents, so 9071367 is read as 90,713.67.`;
  return `The ${noun} column is multiplied by ${scale}.`;
}

/** Whether a sheet's revenue looks like it is written in cents: the header says so, or every amount is whole and the median is over ten million. */
export function looksLikeCents(sheet: Sheet, mapping: Mapping): boolean {
  const column = mapping.revenue;
  if (column === null) return false;
  if (/cent|minor.?unit/i.test(sheet.headers[column] ?? '')) return true;
  const { values, decimals } = columnNumbers(sheet, column);
  if (decimals || values.length < 3) return false;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]! > 1e7;
}

/**
 * Warnings for figures that are almost certainly wrong, read from the rows as they would be
 * imported: every margin under 1 %, every customer losing money, last orders in the future,
 * revenue that looks like cents. `today` is YYYY-MM-DD.
 */
export function sheetWarnings(rows: readonly ImportedCustomer[], today: string, cents = false): string[] {
  const warnings: string[] = [];
  const margins = rows.flatMap((r) => (r.values.margin === undefined ? [] : [r.values.margin]));
  if (margins.length > 0 && margins.every((m) => Math.abs(m) < 1)) warnings.push(`Every gross margin is under 1 %. If the file writes 22 % as 0.22, read the margin column as fractions.`);
  const priced = rows.filter((r) => r.values.revenue !== undefined && r.values.margin !== undefined);
  if (priced.length > 1 && priced.every((r) => (r.values.revenue! * r.values.margin!) / 100 - (r.values.costToServe ?? 0) < 0)) {
    warnings.push(`Every customer would lose money (revenue × margin is below the cost to serve for all ${priced.length}). Check the margin and cost columns.`);
  }
  const future = rows.filter((r) => typeof r.values.lastOrder === 'string' && r.values.lastOrder > today);
  if (future.length > 0) warnings.push(`${future.length === 1 ? `Row ${future[0]!.row} has` : `${future.length} rows (first: row ${future[0]!.row}) have`} a last order date after today (${today}). Check the date column and its day/month order.`);
  if (cents) warnings.push('The revenue looks like it is written in cents (whole numbers, median over ten million). If so, read the amounts as cents.');
  return warnings;
}
