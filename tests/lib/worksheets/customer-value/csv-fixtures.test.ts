/**
 * Each CSV fixture (CRM exports in US, European/German and HubSpot style, a semicolon file, a
 * pasted sheet, odd headers, a missing column) gives the expected mapping with no manual choice,
 * the expected readings (fractions as percents), rows, currencies, warnings and messages by row.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldIds, guessMapping } from '../../../../src/lib/worksheets/customer-value/columns';
import { guessScales, sheetWarnings } from '../../../../src/lib/worksheets/customer-value/plausibility';
import { readSheet } from '../../../../src/lib/worksheets/customer-value/read-sheet';
import { checkSheet } from '../../../../src/lib/worksheets/customer-value/sheet';

const dir = 'tests/fixtures/csv';
const fixtures = readdirSync(dir).filter((f) => /\.(csv|tsv)$/.test(f));

describe.each(fixtures)('fixture %s', (file) => {
  const text = readFileSync(`${dir}/${file}`, 'utf8');
  const expected = JSON.parse(readFileSync(`${dir}/${file.replace(/\.\w+$/, '.expected.json')}`, 'utf8'));
  const sheet = readSheet(text)!;
  const mapping = guessMapping(sheet.headers, sheet.rows.map((r) => r.cells));
  const scales = guessScales(sheet, mapping);

  it('guesses the expected column for each field', () => {
    const named = Object.fromEntries(fieldIds.flatMap((id) => (mapping[id] === null ? [] : [[id, sheet.headers[mapping[id]!]]])));
    expect(named).toEqual(expected.mapping);
  });

  it('reads percent columns written as fractions ×100, and no other', () => {
    expect(scales).toEqual(expected.scales ?? {});
  });

  it('keeps the good rows, names every bad cell by row, and finds the currencies', () => {
    const check = checkSheet(sheet, mapping, { scales });
    expect(check.mappingProblems).toEqual(expected.mappingProblems ?? []);
    expect(check.good).toEqual(expected.good);
    expect(check.messages).toEqual(expected.messages);
    expect(Object.fromEntries(check.currencies)).toEqual(expected.currencies ?? {});
    expect(sheetWarnings(check.good, '2026-11-23')).toEqual(expected.warnings ?? []);
  });
});

describe.each([
  ['us-crm.csv', 2, '22%'],
  ['eu-de.csv', 2, '22 %'],
  ['hubspot.csv', 2, '0.22'],
])('the CRM export %s, mapped with no manual choice', (file, row, written) => {
  const sheet = readSheet(readFileSync(`${dir}/${file}`, 'utf8'))!;
  const mapping = guessMapping(sheet.headers, sheet.rows.map((r) => r.cells));
  const check = checkSheet(sheet, mapping, { scales: guessScales(sheet, mapping) });

  it(`stores 22 for the margin written ${written} in row ${row}`, () => {
    expect(sheet.rows.find((r) => r.row === row)!.cells[mapping.margin!]).toBe(written);
    expect(check.good.find((r) => r.row === row)!.values.margin).toBe(22);
  });

  it('maps name, revenue, margin, cost to serve, orders and last order, and reports one bad cell by its row', () => {
    expect(['name', 'revenue', 'margin', 'costToServe', 'orders', 'lastOrder'].every((id) => mapping[id as keyof typeof mapping] !== null)).toBe(true);
    expect(check.messages).toHaveLength(1);
    expect(check.messages[0]).toMatch(/^row \d+: /);
    expect(check.badRows).toHaveLength(1);
  });
});

it('has fixtures for a BOM, semicolons, tabs, quoted commas and line breaks, empty rows, German headers, snake_case headers and fractions', () => {
  const all = fixtures.map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n');
  expect(all.startsWith('\uFEFF')).toBe(true);
  expect(all).toMatch(/;"Vega; Hermanos";/);
  expect(all).toContain('\t');
  expect(all).toMatch(/"Asks for\nweekly visits"/);
  expect(all).toMatch(/"Umbrella Holdings\n\(Europe\)"/);
  expect(all).toMatch(/\n,,,,,,,\n/);
  expect(all).toContain('Kundenname;Jahresumsatz;Bruttomarge');
  expect(all).toContain('90.713,67 €;22 %');
  expect(all).toContain('"$90,713.67","22%"');
  expect(all).toMatch(/annualrevenue,hs_gross_margin/);
  expect(all).toContain(',0.22,');
});
