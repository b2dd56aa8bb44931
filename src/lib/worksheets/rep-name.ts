/**
 * The rep's name for exports: typed once in a small field near any worksheet's export buttons,
 * kept in this browser under one key (plain text, checked with zod on every read), and written
 * into every worksheet and reading-progress export (`rep` in a JSON envelope, a leading "Rep"
 * column in a CSV) so a manager's team roll-up can group files by rep without renaming them.
 */
import * as z from 'zod/mini';

/** The localStorage key of the rep's name. */
export const REP_NAME_KEY = 'customer-atlas:rep-name:v1';

/** Longest name kept. */
export const maxRepName = 80;

/** Tidies a typed name: trimmed, inner spaces folded to one. */
export const tidyRepName = (name: string): string => name.replace(/\s+/g, ' ').trim();

/** A rep's name as kept and exported: 1 to 80 characters once tidied. */
export const repNameSchema = z.string().check(
  z.refine((name) => tidyRepName(name).length >= 1 && tidyRepName(name).length <= maxRepName, `Expected a name of 1 to ${maxRepName} characters.`),
);

/** The checked, tidied name from a stored or exported value, or null when it is missing or unusable. */
export function readRepName(raw: unknown): string | null {
  const parsed = repNameSchema.safeParse(raw);
  return parsed.success ? tidyRepName(parsed.data) : null;
}

/** The CSV column that carries the rep's name, first in a row. */
export const repColumn = 'Rep';

type Cell = string | number | boolean | null | undefined;

/** A CSV header and rows with the rep's name as a leading column; unchanged when there is no name. */
export function withRep(header: string[], rows: Cell[][], rep: string | null | undefined): [string[], Cell[][]] {
  if (!rep) return [header, rows];
  return [[repColumn, ...header], rows.map((row) => [rep, ...row])];
}

/** The rep's name from the CSV header and first row, when the file has a leading "Rep" column. */
export function repOfCsv(rows: readonly (readonly string[])[]): string | null {
  const [header, first] = rows;
  return header?.[0] === repColumn ? readRepName(first?.[0] ?? '') : null;
}
