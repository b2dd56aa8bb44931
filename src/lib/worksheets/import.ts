/**
 * Reading an import file in a rep's words. `readImportFile` checks a worksheet export and says
 * what the file held and what is wrong with it ("contact 3 has no name"); the field paths the
 * schema names go apart, into `details`, for whoever wants to repair the file by hand.
 * `parseCsv` reads the CSV exports back (RFC 4180, as `toCsv` writes them).
 */
import * as z from 'zod/mini';
import type { $ZodIssue } from 'zod/v4/core';
import { APP_ID, type Collections, type WorksheetDefinition } from './state';
import { describeIssues } from '../site/zod-messages';
import { checkJsonDepth } from './import-file';

/** What reading an import file gives: the data, or plain problems plus the schema's details. Both say what the file held. */
export type ImportReading<T> =
  | { ok: true; data: T; held: string }
  | { ok: false; held: string; problems: string[]; details: string[] };

/** Turns the schema's issues about a file's data into sentences a rep can act on (one per problem, no repeats). */
export type ExplainIssues = (issues: readonly $ZodIssue[], data: unknown) => string[];

/** What a worksheet's import knows about its files: how to say what a file held and what is wrong in it. */
export interface ImportWording {
  /** "The file holds 5 contacts in 2 accounts (Acme, Beta)." from the file's (unchecked) data. */
  held: (data: unknown) => string;
  explain: ExplainIssues;
}

const head = z.object({ app: z.literal(APP_ID), worksheet: z.string(), version: z.int(), data: z.unknown() });

/** The first characters of a text, for "it starts with …". */
export const opening = (text: string): string => {
  const start = text.trim().slice(0, 24);
  return start.length < text.trim().length ? `${start}…` : start;
};

/** Reads an export file of `def`, with messages in plain words. */
export function readImportFile<T extends Collections>(def: WorksheetDefinition<T>, text: string, wording: ImportWording): ImportReading<T> {
  const tooDeep = checkJsonDepth(text);
  if (tooDeep) return tooDeep;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      held: text.trim() ? `The file holds text that is not JSON; it starts with “${opening(text)}”.` : 'The file is empty.',
      problems: [`This is not a file exported from the ${def.label}. Choose the .json (or .csv) file you exported from this page.`],
      details: ['the file: is not JSON'],
    };
  }
  const parsed = head.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      held: 'The file holds JSON, but no Customer Atlas marker ("app": "customer-atlas").',
      problems: [`This file was not exported from Customer Atlas. Choose the file you exported from the ${def.label}.`],
      details: describeIssues(parsed.error),
    };
  }
  const { worksheet, version, data } = parsed.data;
  if (worksheet !== def.worksheet) {
    return {
      ok: false,
      held: `The file holds the ${worksheet.replace(/-/g, ' ')} worksheet.`,
      problems: [`This file belongs to another worksheet, not the ${def.label}. Import it on that worksheet’s page.`],
      details: [`worksheet: "${worksheet}", expected "${def.worksheet}"`],
    };
  }
  if (version !== def.version) {
    return {
      ok: false,
      held: `The file holds version ${version} of the ${def.label}.`,
      problems: [
        version > def.version
          ? `This file was saved by a newer version of this page. Reload the page to get the newest version, then import again.`
          : `This file was saved by an older version of this page, which this page no longer reads.`,
      ],
      details: [`version: ${version}, this page reads ${def.version}`],
    };
  }
  const body = def.schema.safeParse(data);
  const held = wording.held(data);
  if (!body.success) {
    const problems = [...new Set(wording.explain(body.error.issues, data))];
    return { ok: false, held, problems, details: describeIssues(body.error, ['data']) };
  }
  return { ok: true, data: body.data, held };
}

/** Splits CSV text into rows of cells: quoted cells may hold commas, quotes ("") and line breaks; a blank last line is dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell), rows.push(row), (row = []), (cell = '');
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** Undoes the formula guard `csvCell` puts on text typed by a rep ("'=SUM" back to "=SUM"). */
export const unguardCell = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** "1 contact", "3 contacts". */
export const countOf = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
