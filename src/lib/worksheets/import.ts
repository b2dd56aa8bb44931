/**
 * Reading an import file in a rep's words. `readImportFile` reads a worksheet export with the
 * shared envelope reader (`readEnvelope` in state.ts, the same one saved values go through) and
 * says what the file held and what is wrong with it ("contact 3 has no name"); the field paths go
 * apart, into `details`, for whoever wants to repair the file by hand. CSV is read in `csv.ts`.
 */
import type { $ZodIssue } from 'zod/v4/core';
import { readEnvelope, type Collections, type EnvelopeProblem, type WorksheetDefinition } from './state';
import { checkJsonDepth } from './import-file';
import { counted } from '../site/plural';

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

/** The first characters of a text, for "it starts with …". */
export const opening = (text: string): string => {
  const start = text.trim().slice(0, 24);
  return start.length < text.trim().length ? `${start}…` : start;
};

/** The problem with a file and what it held, in a rep's words. */
function sayProblem<T extends Collections>(def: WorksheetDefinition<T>, problem: EnvelopeProblem, text: string, wording: ImportWording): { held: string; problems: string[] } {
  switch (problem.kind) {
    case 'not-json':
      return {
        held: text.trim() ? `The file holds text that is not JSON; it starts with “${opening(text)}”.` : 'The file is empty.',
        problems: [`This is not a file exported from the ${def.label}. Choose the .json (or .csv) file you exported from this page.`],
      };
    case 'no-marker':
      return {
        held: 'The file holds JSON, but no Customer Atlas marker ("app": "customer-atlas").',
        problems: [`This file was not exported from Customer Atlas. Choose the file you exported from the ${def.label}.`],
      };
    case 'other-worksheet':
      return {
        held: `The file holds the ${problem.worksheet.replace(/-/g, ' ')} worksheet.`,
        problems: [`This file belongs to another worksheet, not the ${def.label}. Import it on that worksheet’s page.`],
      };
    case 'other-version':
      return {
        held: `The file holds version ${problem.version} of the ${def.label}.`,
        problems: [
          problem.version > def.version
            ? `This file was saved by a newer version of this page. Reload the page to get the newest version, then import again.`
            : `This file was saved by an older version of this page, which this page no longer reads.`,
        ],
      };
    case 'data':
      return { held: wording.held(problem.data), problems: [...new Set(wording.explain(problem.issues, problem.data))] };
  }
}

/** Reads an export file of `def`, with messages in plain words (a file nested too deeply is refused before it is parsed). */
export function readImportFile<T extends Collections>(def: WorksheetDefinition<T>, text: string, wording: ImportWording): ImportReading<T> {
  const tooDeep = checkJsonDepth(text);
  if (tooDeep) return tooDeep;
  const read = readEnvelope(def, text);
  if (read.ok) return { ok: true, data: read.data, held: wording.held(read.input) };
  return { ok: false, ...sayProblem(def, read.problem, text, wording), details: read.details };
}

/** "1 contact", "3 contacts". */
export const countOf = (n: number, one: string, many: string): string => counted(n, one, many);
