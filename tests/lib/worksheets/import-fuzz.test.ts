/**
 * Fuzzing every import path and every reader of stored data: arbitrary strings, numbers, JSON,
 * envelopes with arbitrary data, CSV-shaped text and bytes. None throws past its boundary; each
 * returns data that passes its schema, or a message in words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeImportBytes, readImportText } from '../../../src/lib/worksheets/import-file';
import { readImportFile, type ImportReading, type ImportWording } from '../../../src/lib/worksheets/import';
import { readEnvelope, readSaved, type Collections, type WorksheetDefinition } from '../../../src/lib/worksheets/state';
import { quizImportWording, readQuizFile } from '../../../src/lib/worksheets/customer-type-quiz/import';
import { quizWorksheet } from '../../../src/lib/worksheets/customer-type-quiz/schemas';
import { checklistWorksheet } from '../../../src/lib/worksheets/ideal-customer-checklist/schemas';
import { customerValueWorksheet } from '../../../src/lib/worksheets/customer-value/schemas';
import { readSheet } from '../../../src/lib/worksheets/customer-value/read-sheet';
import { checkSheet } from '../../../src/lib/worksheets/customer-value/sheet';
import { guessMapping } from '../../../src/lib/worksheets/customer-value/columns';
import { checklistVerdicts } from '../../../src/lib/worksheets/customer-value/checklist-verdicts';
import { readLastOpened, readProgress } from '../../../src/lib/reading-progress/progress';

const defs = [quizWorksheet, checklistWorksheet, customerValueWorksheet] as WorksheetDefinition<Collections>[];
const plainWording: ImportWording = { held: () => 'The file holds records.', explain: (issues) => issues.map((i) => i.message) };
const runs = { numRuns: 150 };

/** Text of every kind a rep's file could hold: anything, numbers, JSON, envelopes of each worksheet with arbitrary data, deep nesting. */
const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.double().map(String),
  fc.integer().map(String),
  fc.json({ maxDepth: 6 }),
  fc.tuple(fc.constantFrom(...defs), fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(1, 2, 0, -1)).map(([def, data, version]) =>
    JSON.stringify({ app: 'customer-atlas', worksheet: def.worksheet, version, data }),
  ),
  fc.tuple(fc.constantFrom(...defs), fc.dictionary(fc.string({ maxLength: 8 }), fc.dictionary(fc.string({ maxLength: 6 }), fc.anything({ maxDepth: 3 })))).map(([def, data]) =>
    JSON.stringify({ app: 'customer-atlas', worksheet: def.worksheet, version: def.version, data }),
  ),
  fc.integer({ min: 1, max: 3000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }), { maxLength: 12 }).map((rows) => rows.map((r) => r.join(',')).join('\n')),
);

/** A failed reading must say something; a good one must pass the worksheet's schema. */
function sound<T extends Collections>(def: WorksheetDefinition<T>, reading: ImportReading<T>): void {
  if (reading.ok) expect(def.schema.safeParse(reading.data).success).toBe(true);
  else {
    expect(reading.problems.length).toBeGreaterThan(0);
    for (const p of reading.problems) expect(p.trim().length).toBeGreaterThan(10);
  }
  expect(typeof reading.held).toBe('string');
}

describe.each(defs.map((d) => [d.worksheet, d] as const))('%s', (_name, def) => {
  it('imports any text as data that passes the schema, or a message', () => {
    fc.assert(fc.property(anyText, (text) => sound(def, readImportFile(def, text, def === quizWorksheet ? quizImportWording : plainWording))), runs);
  });

  it('reads any stored text as valid data, empty, or invalid kept with its raw text and problems', () => {
    fc.assert(
      fc.property(fc.option(anyText, { nil: null }), (raw) => {
        const read = readSaved(def, raw);
        expect(def.schema.safeParse(read.data).success).toBe(true);
        if (read.status === 'invalid') expect([read.raw, read.problems.length > 0]).toEqual([raw, true]);
        if (read.status === 'empty') expect(raw).toBeNull();
        const envelope = readEnvelope(def, raw ?? '');
        if (!envelope.ok) expect(envelope.details.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });
});

describe('the quiz file import (JSON or CSV)', () => {
  it('takes any text under any name', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('quiz.csv', 'quiz.json', 'x.txt'), (text, name) => sound(quizWorksheet, readQuizFile(text, name, { contacts: {}, drafts: {} }))),
      runs,
    );
  });

  it('takes any CSV under the export header', () => {
    const header = 'Account,Name,Role';
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 20 }), { maxLength: 12 }), { maxLength: 10 }), (rows) =>
        sound(quizWorksheet, readQuizFile([header, ...rows.map((r) => r.join(','))].join('\n'), 'q.csv', { contacts: {}, drafts: {} })),
      ),
      runs,
    );
  });
});

describe('the customer value sheet import', () => {
  it('reads any text into a sheet or nothing, and checks every row into good rows or messages', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const sheet = readSheet(text);
        if (!sheet) return;
        const check = checkSheet(sheet, guessMapping(sheet.headers));
        for (const row of check.good) expect(row.name.trim().length).toBeGreaterThan(0);
        for (const m of check.messages) expect(m.length).toBeGreaterThan(10);
      }),
      runs,
    );
  });

  it('reads any sheet of numbers and words under real headers', () => {
    const cell = fc.oneof(fc.string({ maxLength: 10 }), fc.double().map(String), fc.integer().map((n) => n.toLocaleString('de-DE')));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 20 }), fc.constantFrom(',', ';', '\t'), (rows, sep) => {
        const sheet = readSheet(['Customer;Revenue;Margin'.replaceAll(';', sep), ...rows.map((r) => r.join(sep))].join('\n'));
        if (sheet) for (const m of checkSheet(sheet, guessMapping(sheet.headers)).messages) expect(m.length).toBeGreaterThan(10);
      }),
      runs,
    );
  });
});

describe('other stored-data readers', () => {
  it('reading progress, the last opened article and the checklist verdicts the value worksheet reads never throw', () => {
    fc.assert(
      fc.property(fc.option(anyText, { nil: null }), (raw) => {
        const progress = readProgress(raw);
        expect(['empty', 'ok', 'invalid']).toContain(progress.status);
        const last = readLastOpened(raw);
        expect(last === null || typeof last === 'string').toBe(true);
        for (const v of checklistVerdicts(raw)) expect(v.name.length).toBeGreaterThan(0);
      }),
      runs,
    );
  });
});

describe('files', () => {
  it('reads any bytes, of any size up to the limit, into text or a message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (data) => {
        const result = await readImportText(new Blob([data]));
        expect(result).toEqual(decodeImportBytes(data));
        if (!result.ok) expect(result.problems[0]!.length).toBeGreaterThan(10);
      }),
      runs,
    );
  });
});
