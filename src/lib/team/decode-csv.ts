/**
 * The checklist's and the value worksheet's CSV exports read back for the roll-up (the worksheets
 * themselves import JSON, or a value sheet with its figures): the verdict or tier each row
 * states, checked row by row, with every problem naming the row and the column.
 */
import { verdictIds, verdicts, type VerdictId } from '../worksheets/ideal-customer-checklist/criteria';
import { maxNameLength } from '../worksheets/ideal-customer-checklist/schemas';
import { tierIds, type TierId } from '../worksheets/customer-value/tiers';
import { unguardCell } from '../worksheets/csv';
import type { TeamValue, TeamVerdict } from './schemas';

/** Rows read, or the problems that refuse the file. */
export type CsvRows<T> = { ok: true; rows: T[] } | { ok: false; problems: string[] };

const verdictByLabel = new Map<string, VerdictId>(verdictIds.map((id) => [verdicts[id].label.toLowerCase(), id]));

function reader(header: readonly string[]) {
  const problems: string[] = [];
  const cellOf = (row: readonly string[], column: string) => unguardCell(row[header.indexOf(column)] ?? '').trim();
  const name = (row: readonly string[], i: number, column: string): string | null => {
    const value = cellOf(row, column);
    if (value.length >= 1 && value.length <= maxNameLength) return value;
    problems.push(`Row ${i + 2}: the “${column}” column is ${value ? `longer than ${maxNameLength} characters` : 'empty'}.`);
    return null;
  };
  const number = (row: readonly string[], i: number, column: string, blank: boolean): number | null | undefined => {
    const value = cellOf(row, column);
    if (value === '' && blank) return null;
    const n = Number(value);
    if (value !== '' && Number.isFinite(n)) return n;
    problems.push(`Row ${i + 2}: the “${column}” column holds “${value}”, not a number.`);
    return undefined;
  };
  return { problems, cellOf, name, number };
}

const limit = (problems: string[]) => (problems.length > 8 ? [...problems.slice(0, 8), `… and ${problems.length - 8} more problems.`] : problems);

/** Reads the checklist's CSV export: Customer, Score (blank while incomplete) and Verdict of every row. */
export function readChecklistCsv(header: readonly string[], body: readonly (readonly string[])[]): CsvRows<TeamVerdict> {
  const r = reader(header);
  const rows: TeamVerdict[] = [];
  body.forEach((row, i) => {
    const customer = r.name(row, i, 'Customer');
    const score = r.number(row, i, 'Score', true);
    const label = r.cellOf(row, 'Verdict');
    const verdict = verdictByLabel.get(label.toLowerCase());
    if (!verdict) r.problems.push(`Row ${i + 2}: “${label}” is not one of the checklist’s verdicts.`);
    if (customer !== null && score !== undefined && verdict) rows.push({ customer, verdict, score });
  });
  return r.problems.length ? { ok: false, problems: limit(r.problems) } : { ok: true, rows };
}

/** Reads the value worksheet's CSV export: Customer name, Tier, Yearly contribution and CEV of every row. */
export function readValueCsv(header: readonly string[], body: readonly (readonly string[])[]): CsvRows<TeamValue> {
  const r = reader(header);
  const rows: TeamValue[] = [];
  const nameColumn = header.includes('Customer name') ? 'Customer name' : 'Customer';
  body.forEach((row, i) => {
    const customer = r.name(row, i, nameColumn);
    const tier = r.cellOf(row, 'Tier') as TierId;
    if (!tierIds.includes(tier)) r.problems.push(`Row ${i + 2}: the tier “${tier}” is not A, B or C.`);
    const contribution = r.number(row, i, 'Yearly contribution', false);
    const cev = r.number(row, i, 'CEV', false);
    if (customer !== null && tierIds.includes(tier) && typeof contribution === 'number' && typeof cev === 'number') rows.push({ customer, tier, contribution, cev });
  });
  return r.problems.length ? { ok: false, problems: limit(r.problems) } : { ok: true, rows };
}
