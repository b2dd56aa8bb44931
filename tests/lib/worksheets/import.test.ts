import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { countOf, opening, readImportFile } from '../../../src/lib/worksheets/import';
import { versioned, type WorksheetDefinition } from '../../../src/lib/worksheets/state';

type Notes = { notes: Record<string, { updatedAt: number; deleted?: boolean | undefined; value: { text: string } }> };
const def: WorksheetDefinition<Notes> = {
  worksheet: 'notes',
  label: 'notes worksheet',
  version: 2,
  schema: z.object({ notes: z.record(z.string(), versioned(z.object({ text: z.string() }))) }),
  empty: () => ({ notes: {} }),
};
const wording = { held: () => 'The file holds notes.', explain: () => ['A note is broken.'] };
const file = (over: object) => JSON.stringify({ app: 'customer-atlas', worksheet: 'notes', version: 2, data: { notes: {} }, ...over });

describe('readImportFile', () => {
  it.each([
    ['empty', '', 'The file is empty.', 'This is not a file exported from the notes worksheet. Choose the .json (or .csv) file you exported from this page.'],
    ['an older version', file({ version: 1 }), 'The file holds version 1 of the notes worksheet.', 'This file was saved by an older version of this page, which this page no longer reads.'],
    ['a newer version', file({ version: 3 }), 'The file holds version 3 of the notes worksheet.', 'This file was saved by a newer version of this page. Reload the page to get the newest version, then import again.'],
    ['broken data', file({ data: { notes: { a: { updatedAt: 1, value: {} } } } }), 'The file holds notes.', 'A note is broken.'],
  ])('%s', (_name, text, held, problem) => {
    expect(readImportFile(def, text, wording)).toMatchObject({ ok: false, held, problems: [problem] });
  });

  it('keeps the schema paths apart, in the details', () => {
    const reading = readImportFile(def, file({ data: { notes: { a: { updatedAt: 1, value: {} } } } }), wording);
    expect(reading.ok === false && reading.details).toEqual(['data → notes → a → value → text: is missing: it should be text']);
  });

  it('reads a good file and says what it held', () => {
    expect(readImportFile(def, file({}), wording)).toEqual({ ok: true, data: { notes: {} }, held: 'The file holds notes.' });
  });
});

describe('small helpers', () => {
  it.each([
    [1, '1 contact'],
    [3, '3 contacts'],
  ])('countOf(%i)', (n, text) => expect(countOf(n, 'contact', 'contacts')).toBe(text));

  it('opening cuts long text', () => {
    expect(opening('short')).toBe('short');
    expect(opening('x'.repeat(40))).toBe(`${'x'.repeat(24)}…`);
  });
});
