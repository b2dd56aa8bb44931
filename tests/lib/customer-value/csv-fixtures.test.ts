/** Each CSV fixture (a CRM export, a semicolon file, a pasted sheet, odd headers, a missing column) gives the expected mapping, rows and messages. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldIds, guessMapping } from '../../../src/lib/customer-value/columns';
import { readSheet } from '../../../src/lib/customer-value/read-sheet';
import { checkSheet } from '../../../src/lib/customer-value/sheet';

const dir = 'tests/fixtures/csv';
const fixtures = readdirSync(dir).filter((f) => /\.(csv|tsv)$/.test(f));

describe.each(fixtures)('fixture %s', (file) => {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  const expected = JSON.parse(readFileSync(`${dir}/${file.replace(/\.\w+$/, '.expected.json')}`, 'utf8'));
  const sheet = readSheet(text)!;
  const mapping = guessMapping(sheet.headers);

  it('guesses the expected column for each field', () => {
    const named = Object.fromEntries(fieldIds.flatMap((id) => (mapping[id] === null ? [] : [[id, sheet.headers[mapping[id]!]]])));
    expect(named).toEqual(expected.mapping);
  });

  it('keeps the good rows and names every bad cell by row', () => {
    const check = checkSheet(sheet, mapping);
    expect(check.mappingProblems).toEqual(expected.mappingProblems ?? []);
    expect(check.good).toEqual(expected.good);
    expect(check.messages).toEqual(expected.messages);
  });
});

it('has fixtures for a BOM, semicolons, tabs, quoted commas and line breaks, and empty rows', () => {
  const all = fixtures.map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n');
  expect(all.startsWith('\uFEFF')).toBe(true);
  expect(all).toMatch(/;"Vega; Hermanos";/);
  expect(all).toContain('\t');
  expect(all).toMatch(/"Asks for\nweekly visits"/);
  expect(all).toMatch(/\n,,,,,,,\n/);
});
