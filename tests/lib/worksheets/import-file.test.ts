/** The guard at the point an import file is read: size, text or not, encodings, row and nesting limits, each with its message. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkImportSize,
  checkJsonDepth,
  checkRowCount,
  countLines,
  decodeImportBytes,
  jsonDepth,
  maxImportBytes,
  maxImportRows,
  maxJsonDepth,
  readImportText,
} from '../../../src/lib/worksheets/import-file';
import { readImportFile } from '../../../src/lib/worksheets/import';
import { quizImportWording, readQuizCsv } from '../../../src/lib/worksheets/customer-type-quiz/import';
import { quizWorksheet } from '../../../src/lib/worksheets/customer-type-quiz/schemas';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('size', () => {
  it.each([
    [0, false],
    [maxImportBytes, false],
    [maxImportBytes + 1, true],
    [200 * 1024 * 1024, true],
  ])('%i bytes refused: %s', (size, refused) => {
    const result = checkImportSize(size);
    expect(result !== null).toBe(refused);
    if (result) expect(result.problems[0]).toMatch(/too large to import\. Export only the customers or contacts you need/);
  });

  it('refuses a file over the limit without reading it', async () => {
    const big = new Blob([new Uint8Array(maxImportBytes + 1)]);
    const read = Object.assign(big, { arrayBuffer: () => Promise.reject(new Error('read')) });
    const result = await readImportText(read);
    expect(result).toMatchObject({ ok: false, held: 'The file is 20.0 MB, more than the 20.0 MB an import reads.' });
  });
});

describe('text or not', () => {
  it.each([
    ['an xlsx workbook', bytes(0x50, 0x4b, 0x03, 0x04, 1, 2, 3), 'a workbook or zip archive (for example an Excel .xlsx file)'],
    ['a PDF', utf8('%PDF-1.7\n...'), 'a PDF document'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 13, 10), 'a picture'],
    ['an old .xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1), 'an old Excel or Word file (.xls, .doc)'],
    ['bytes with a NUL', utf8('Name,Revenue\nAcme\u0000,12'), 'data that is not text'],
    ['many control bytes', new Uint8Array(400).map((_, i) => (i % 20 === 0 ? 1 : 65)), 'data that is not text'],
  ])('%s is refused and named', (_name, input, kind) => {
    const result = decodeImportBytes(input);
    expect(result).toEqual({
      ok: false,
      held: `The file holds ${kind}, not text.`,
      problems: ['Only text files can be imported: the .json file exported from this page, or a CSV. In a spreadsheet choose “Save as” › “CSV”, then import that file.'],
      details: ['the file: not text (binary bytes in its first 64 KB)'],
    });
  });

  it.each([
    ['UTF-8', utf8('Name,Revenue\nMüller,12\n'), 'Name,Revenue\nMüller,12\n'],
    ['UTF-8 with a byte-order mark', bytes(0xef, 0xbb, 0xbf, ...utf8('Name\nÅse')), 'Name\nÅse'],
    ['Windows-1252', bytes(...utf8('Name\nM'), 0xfc, ...utf8('ller')), 'Name\nMüller'],
    ['UTF-16 little-endian (Excel “Unicode text”)', bytes(0xff, 0xfe, 0x4e, 0, 0x6f, 0), 'No'],
    ['UTF-16 big-endian', bytes(0xfe, 0xff, 0, 0x4e, 0, 0x6f), 'No'],
  ])('%s is read as text', (_name, input, text) => {
    expect(decodeImportBytes(input)).toEqual({ ok: true, text });
  });

  it('never throws on arbitrary bytes, and says so in words when it refuses', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (input) => {
        const result = decodeImportBytes(input);
        if (result.ok) expect(typeof result.text).toBe('string');
        else expect(result.problems[0]).toMatch(/^Only text files can be imported/);
      }),
    );
  });

  it('reads any text it is given back unchanged', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }).filter((t) => !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(t) && !t.startsWith('\uFEFF')), (text) => {
      expect(decodeImportBytes(utf8(text))).toEqual({ ok: true, text });
    }));
  });
});

describe('rows', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['a\nb', 2],
    ['a\r\nb\r\n', 2],
    ['a\rb\rc', 3],
    ['a\n\n\n', 1],
  ])('%j has %i lines', (text, lines) => expect(countLines(text)).toBe(lines));

  const sheet = (rows: number) => `Name,Revenue\n${'Acme,1\n'.repeat(rows)}`;
  it('takes the limit, refuses one more, in words', () => {
    expect(checkRowCount(sheet(maxImportRows), { many: 'customers' })).toBeNull();
    expect(checkRowCount(sheet(100_000), { many: 'customers' })).toEqual({
      ok: false,
      held: 'The file has 100,000 lines under its header.',
      problems: ['That is more than the 10,000 customers one import takes. Split the file (for example by region or by year) and import the parts one after the other.'],
      details: ['rows: 100000, limit 10000'],
    });
  });

  it('stops the quiz CSV import at the limit before reading a row', () => {
    const text = `Account,Name,Role\n${'Acme,Dana,Buyer\n'.repeat(maxImportRows + 1)}`;
    expect(readQuizCsv(text, { contacts: {}, drafts: {} })).toMatchObject({ ok: false, problems: [expect.stringMatching(/more than the 10,000 contacts one import takes/)] });
  });
});

describe('nesting', () => {
  it.each([
    ['{}', 1],
    ['[[1],[2,[3]]]', 3],
    ['{"a":"[[[[{{{{"}', 1],
    ['{"a":"\\"[["}', 1],
    ['"just text"', 0],
  ])('%s nests %i deep', (text, depth) => expect(jsonDepth(text)).toBe(depth));

  it('refuses JSON nested a thousand levels deep, in the import, before parsing it', () => {
    const deep = `${'['.repeat(1000)}${']'.repeat(1000)}`;
    expect(checkJsonDepth(deep)?.held).toBe(`The file holds JSON nested more than ${maxJsonDepth} levels deep; an export of this site nests five.`);
    const wrapped = `{"app":"customer-atlas","worksheet":"customer-type-quiz","version":1,"data":${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}}`;
    expect(readImportFile(quizWorksheet, wrapped, quizImportWording)).toMatchObject({
      ok: false,
      problems: ['This is not a file exported from Customer Atlas. Choose the .json file you exported from this page.'],
    });
  });

  it('lets every real export through', () => {
    const exported = JSON.stringify({ app: 'customer-atlas', worksheet: 'customer-type-quiz', version: 1, data: { contacts: { c1: { updatedAt: 1, value: { name: 'A', role: '', account: 'B', answers: { q: 'x' } } } }, drafts: {} } }, null, 2);
    expect(checkJsonDepth(exported)).toBeNull();
  });
});
