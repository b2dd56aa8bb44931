/** Reading cells as CRM exports write them, and guessing which column holds which field. */
import { describe, expect, it } from 'vitest';
import { guessDateOrder, readDate, readNumber } from '../../../../src/lib/worksheets/customer-value/cells';
import { fieldIds, guessMapping } from '../../../../src/lib/worksheets/customer-value/columns';
import { guessDelimiter } from '../../../../src/lib/worksheets/customer-value/read-sheet';
import { csvColumns } from '../../../../src/lib/worksheets/customer-value/export';

describe('readNumber', () => {
  it.each([
    ['1200', false, 1200],
    ['$1,234.50', false, 1234.5],
    ['1.234,50 €', true, 1234.5],
    ['1,234,567', false, 1_234_567],
    ['1.234', true, 1234],
    ['1.234', false, 1.234],
    ['12,5', true, 12.5],
    ['12,5', false, 12.5],
    ['1,234', false, 1234],
    ['35%', false, 35],
    ['35,5 %', true, 35.5],
    ['(300)', false, -300],
    ['-4,000', false, -4000],
    ['€ -1.200,00', true, -1200],
    ['USD 1,000', false, 1000],
    ["1'250'000", false, 1_250_000],
    ['1 250 000', true, 1_250_000],
    ['', false, null],
    ['  ', false, null],
    ['-', false, null],
  ])('%j (decimal comma %s) is %d', (text, decimalComma, expected) => {
    expect(readNumber(text, decimalComma)).toEqual({ ok: true, value: expected });
  });

  it.each(['n/a', 'abc', '12.', '1,23,4', '1.2.3,4,5', '--5', '12e3', 'ten'])('%j is not a number', (text) => {
    expect(readNumber(text)).toEqual({ ok: false, reason: 'is not a number' });
  });
});

describe('readDate', () => {
  it.each([
    ['2026-03-14', 'mdy', '2026-03-14'],
    ['2026/3/4', 'mdy', '2026-03-04'],
    ['2026-03-14T10:30:00Z', 'mdy', '2026-03-14'],
    ['2026-03-14 10:30', 'mdy', '2026-03-14'],
    ['03/14/2026', 'mdy', '2026-03-14'],
    ['14/03/2026', 'dmy', '2026-03-14'],
    ['04/05/2026', 'dmy', '2026-05-04'],
    ['04/05/2026', 'mdy', '2026-04-05'],
    ['14.03.2026', 'mdy', '2026-03-14'],
    ['14 Mar 2026', 'mdy', '2026-03-14'],
    ['March 14, 2026', 'mdy', '2026-03-14'],
    ['', 'mdy', null],
  ] as const)('%j (%s) is %s', (text, order, expected) => expect(readDate(text, order)).toEqual({ ok: true, value: expected }));

  it.each(['31.02.2026', '13/45/2026', '2026-13-01', 'soon', '14 Foo 2026'])('%j is not a date', (text) => {
    expect(readDate(text)).toEqual({ ok: false, reason: 'is not a date (write it like 2026-03-14)' });
  });

  it('reads the day-month order from the column', () => {
    expect(guessDateOrder(['01/02/2026', '25/02/2026'], 'mdy')).toBe('dmy');
    expect(guessDateOrder(['01/02/2026', '02/25/2026'], 'dmy')).toBe('mdy');
    expect(guessDateOrder(['01/02/2026', '2026-02-25'], 'dmy')).toBe('dmy');
    expect(guessDateOrder(['13/02/2026', '02/25/2026'], 'mdy')).toBe('mdy');
  });
});

describe('guessMapping', () => {
  const named = (headers: string[]) => {
    const mapping = guessMapping(headers);
    return Object.fromEntries(fieldIds.flatMap((id) => (mapping[id] === null ? [] : [[id, headers[mapping[id]!]]])));
  };
  it.each([
    [['Account Name', 'Annual Revenue', 'Gross Margin %', 'Last Order Date'], { name: 'Account Name', revenue: 'Annual Revenue', margin: 'Gross Margin %', lastOrder: 'Last Order Date' }],
    [['Account Owner', 'Account Name', 'Revenue (12m)'], { name: 'Account Name', revenue: 'Revenue (12m)' }],
    [['Client', 'Turnover', 'GM%', 'Support cost', 'No. of orders', 'Last invoice date'], { name: 'Client', revenue: 'Turnover', margin: 'GM%', costToServe: 'Support cost', orders: 'No. of orders', lastOrder: 'Last invoice date' }],
    [['Orders in the last 12 months', 'Customer'], { name: 'Customer', orders: 'Orders in the last 12 months' }],
    [['Notes', 'Owner'], {}],
  ])('%j', (headers, expected) => expect(named(headers)).toEqual(expected));

  it('maps every entry column of its own CSV export back to its field', () => {
    const mapping = guessMapping([...csvColumns]);
    for (const id of fieldIds) expect(mapping[id], id).not.toBeNull();
  });
});

describe('guessDelimiter', () => {
  it.each([
    ['a,b,c\n1;2', ','],
    ['a;b;c\n"1,5";2;3', ';'],
    ['Name\tRevenue\nA\t1,200', '\t'],
    ['\n\n"x,y";z;w', ';'],
    ['single', ','],
  ])('%j → %j', (text, expected) => expect(guessDelimiter(text)).toBe(expected));
});
