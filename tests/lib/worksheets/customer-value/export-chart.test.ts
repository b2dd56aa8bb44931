/** Exports (CSV, JSON, Markdown), the saved-data schema, and the chart's scale and points. */
import { describe, expect, it } from 'vitest';
import { describedPoints, drawPoints, shareScale } from '../../../../src/lib/worksheets/customer-value/chart';
import { valueCsv, valueJson, valueMarkdown } from '../../../../src/lib/worksheets/customer-value/export';
import { markdownText } from '../../../../src/lib/worksheets/markdown-text';
import { money, percent } from '../../../../src/lib/worksheets/customer-value/format';
import { cumulativeCurve } from '../../../../src/lib/worksheets/customer-value/pareto';
import { addCustomer, updateCustomer } from '../../../../src/lib/worksheets/customer-value/records';
import { readSaved } from '../../../../src/lib/worksheets/state';
import { customerValueWorksheet, defaultAssumptions } from '../../../../src/lib/worksheets/customer-value/schemas';
import { scoreList } from '../../../../src/lib/worksheets/customer-value/score';
import { readSheet } from '../../../../src/lib/worksheets/customer-value/read-sheet';
import { guessMapping } from '../../../../src/lib/worksheets/customer-value/columns';
import { checkSheet } from '../../../../src/lib/worksheets/customer-value/sheet';
import { assumptionsFromNotes } from '../../../../src/lib/worksheets/customer-value/sheet-memory';
import { customerWith } from '../../../helpers/customer-value-data';

const today = new Date('2026-11-23T00:00:00Z');
const flat = { ...defaultAssumptions(), discount: 0, horizon: 1 };
const scored = scoreList([
  ['a', customerWith({ name: 'Acme, "the big one"', revenue: 10_000, margin: 50, costToServe: 1_000, referrals: 1, referralValue: 500, influence: 1, lastOrder: '2026-11-01', orders: 3 })],
  ['b', customerWith({ name: '=cmd|x', revenue: 2_000, margin: 10, costToServe: 900 })],
], flat, today);

describe('exports', () => {
  it('writes a CSV that the sheet import reads back to the same entries', () => {
    const csv = valueCsv(scored, { ...flat, currency: 'EUR' }, today);
    expect(csv.split('\r\n').slice(0, 6)).toEqual(['# Customer Atlas customer value export', '# retention %: 80', '# discount %: 0', '# horizon years: 1', '# currency: EUR', '# exported: 2026-11-23']);
    expect(csv.split('\r\n')[7]).toBe('1,A,5500,4000,500,1000,0,4000,3,3,3,"Acme, ""the big one""",10000,50,1000,3,2026-11-01,,,1,500,1,');
    expect(csv).toContain(`,"'=cmd|x",`);
    const sheet = readSheet(csv)!;
    expect(assumptionsFromNotes(sheet.notes)).toEqual({ retention: 80, discount: 0, horizon: 1, currency: 'EUR', exported: '2026-11-23' });
    const check = checkSheet(sheet, guessMapping(sheet.headers));
    expect(check.messages).toEqual([]);
    expect(check.good[0]).toEqual({ row: 8, name: 'Acme, "the big one"', values: { revenue: 10_000, margin: 50, costToServe: 1_000, orders: 3, lastOrder: '2026-11-01', referrals: 1, referralValue: 500, influence: 1 } });
  });

  it('writes JSON that reads back as the same data', () => {
    const data = updateCustomer(addCustomer(customerValueWorksheet.empty(), 'x', 'Xeno', 5), 'x', { revenue: 42 }, 6);
    expect(readSaved(customerValueWorksheet, valueJson(data, today))).toEqual({ status: 'ok', data });
  });

  it('writes a Markdown summary with escaped names, the Pareto figures and the disagreements', () => {
    const md = valueMarkdown(scored, [{ id: 'b', name: '=cmd|x', verdict: 'keep', verdictLabel: 'Keep', tier: 'C', contribution: -700, agreement: 'disagree', note: 'rated a keeper, loses money' }], today);
    expect(md).toContain('Summary of 2026-11-23: 2 customers, revenue 12,000, yearly contribution 3,300, engagement value (CEV) 4,800.');
    expect(md).toContain('- The top 20% of customers bring 83% of revenue.');
    expect(md).toContain('- Profit peaks at 121% of the total after the 1 most profitable customer; the 1 after it gives 21% back.');
    expect(md).toContain('1. **Acme, "the big one"**: CEV 5,500 (CLV 4,000, CRV 500, CIV 1,000, CKV 0)');
    expect(md).toContain('1 customer is also on the ideal-customer checklist: 1 disagree, 0 partly agree, 0 agree.');
    expect(md).toContain('- **=cmd\\|x** (disagree): rated a keeper, loses money');
    expect(markdownText('<b>*x*</b>')).toBe('\\<b\\>\\*x\\*\\</b\\>');
  });
});

describe('saved data', () => {
  it.each([
    [{ customers: { a: { updatedAt: 1, value: { ...customerWith({}), revenue: -5 } } }, settings: {} }, 'data → customers → a → value → revenue: Expected a number from 0 to 1000000000000.'],
    [{ customers: { a: { updatedAt: 1, value: { ...customerWith({}), influence: 7 } } }, settings: {} }, 'data → customers → a → value → influence: Expected a step from 0 to 4.'],
    [{ customers: { a: { updatedAt: 1, value: { ...customerWith({}), lastOrder: '14/03/2026' } } }, settings: {} }, 'data → customers → a → value → lastOrder: Expected a date like 2026-03-14, or nothing.'],
    [{ customers: {}, settings: { assumptions: { updatedAt: 1, value: { ...defaultAssumptions(), influenceValues: [1, 2] } } } }, 'data → settings → assumptions → value → influenceValues: Expected 5 amounts, one per step.'],
  ])('rejects bad data and names the field (%#)', (data, field) => {
    const result = readSaved(customerValueWorksheet, JSON.stringify({ app: 'customer-atlas', worksheet: 'customer-value', version: 1, data }));
    expect(result.status).toBe('invalid');
    expect(result.status === 'invalid' && result.problems).toEqual([field]);
  });
});

describe('chart numbers', () => {
  it.each([
    [100, { top: 150, ticks: [0, 50, 100, 150] }],
    [110, { top: 150, ticks: [0, 50, 100, 150] }],
    [150, { top: 200, ticks: [0, 50, 100, 150, 200] }],
    [260, { top: 300, ticks: [0, 100, 200, 300] }],
  ])('a peak of %d%% gets the scale %j', (peak, expected) => expect(shareScale(peak)).toEqual(expected));

  it('places the points in a 0–100 box and describes short lists point by point, long ones by tenths', () => {
    const curve = cumulativeCurve([60, 50, -10]);
    expect(drawPoints(curve, 150)).toBe('0.00,100.00 33.33,60.00 66.67,26.67 100.00,33.33');
    expect(describedPoints(curve).map((p) => p.customers)).toEqual([1, 2, 3]);
    expect(describedPoints(cumulativeCurve(Array.from({ length: 95 }, () => 1))).map((p) => p.customers)).toEqual([10, 19, 29, 38, 48, 57, 67, 76, 86, 95]);
  });

  it('formats money with a true minus and shares with a decimal below 10%', () => {
    expect([money(-1250.4), money(0.2), money(1_234_567)]).toEqual(['−1,250', '0', '1,234,567']);
    expect([percent(83.33), percent(9.84), percent(0)]).toEqual(['83%', '9.8%', '0%']);
  });
});
