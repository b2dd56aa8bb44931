/** Changing the data (add, update, import by name, JSON import), instinct versus numbers, and sorting and windowing the table. */
import { describe, expect, it } from 'vitest';
import { checklistVerdicts } from '../../../../src/lib/worksheets/customer-value/checklist-verdicts';
import fc from 'fast-check';
import { agreementCounts, agreementRule, agreementRuleText, compare, instinctVersusNumbers } from '../../../../src/lib/worksheets/customer-value/instinct';
import { addCustomer, assumptionsOf, customerEntries, importRows, importValueData, removeCustomer, restoreCustomer, updateAssumptions, updateCustomer } from '../../../../src/lib/worksheets/customer-value/records';
import { customerValueWorksheet, defaultAssumptions } from '../../../../src/lib/worksheets/customer-value/schemas';
import { scoreList } from '../../../../src/lib/worksheets/customer-value/score';
import { nextSort, sortRows, visibleRange } from '../../../../src/lib/worksheets/customer-value/table';
import { customerWith } from '../../../helpers/customer-value-data';

const empty = customerValueWorksheet.empty;

describe('records', () => {
  it('adds, updates, removes and restores a customer, tidying its name', () => {
    let data = addCustomer(empty(), 'a', '  Acme   Ltd ', 10);
    data = updateCustomer(data, 'a', { revenue: 500, name: '   ' }, 11);
    expect(customerEntries(data)).toEqual([['a', { ...customerWith({ name: 'Acme Ltd', addedAt: 10 }), revenue: 500 }]]);
    data = removeCustomer(data, 'a', 12);
    expect(customerEntries(data)).toEqual([]);
    expect(updateCustomer(data, 'a', { revenue: 1 }, 13)).toBe(data);
    expect(customerEntries(restoreCustomer(data, 'a', 14))).toHaveLength(1);
  });

  it('imports sheet rows: a known name (any case) is updated, keeping fields the sheet lacks; new names are added in order', () => {
    let data = addCustomer(empty(), 'a', 'Acme Ltd', 10);
    data = updateCustomer(data, 'a', { referrals: 2 }, 11);
    let n = 0;
    const result = importRows(data, [
      { row: 2, name: 'acme ltd', values: { revenue: 900 } },
      { row: 3, name: 'Birch', values: { revenue: 50, margin: 20 } },
      { row: 4, name: 'Cedar', values: {} },
    ], 100, () => `u${n++}`);
    expect([result.added, result.updated]).toEqual([2, 1]);
    expect(customerEntries(result.data).map(([, c]) => [c.name, c.revenue, c.referrals])).toEqual([['Acme Ltd', 900, 2], ['Birch', 50, 0], ['Cedar', 0, 0]]);
  });

  it('keeps assumptions, defaulting when none are saved, and imports them with the customers', () => {
    expect(assumptionsOf(empty())).toEqual(defaultAssumptions());
    const mine = updateAssumptions(empty(), { discount: 5 }, 1);
    expect(assumptionsOf(mine).discount).toBe(5);
    const theirs = addCustomer(updateAssumptions(empty(), { discount: 9 }, 2), 'b', 'Birch', 2);
    expect(assumptionsOf(importValueData(mine, theirs, 'keep-mine', 3)).discount).toBe(5);
    const replaced = importValueData(mine, theirs, 'replace', 3);
    expect(assumptionsOf(replaced).discount).toBe(9);
    expect(customerEntries(replaced).map(([, c]) => c.name)).toEqual(['Birch']);
  });
});

describe('instinct versus numbers', () => {
  it.each([
    ['keep', 'A', 100, 'agree', 'instinct and numbers agree'],
    ['keep', 'A', -1, 'disagree', 'rated a keeper, loses money'],
    ['keep', 'B', -1, 'disagree', 'rated a keeper, loses money'],
    ['keep', 'C', 0, 'disagree', 'rated a keeper, tier C: costs more than it brings'],
    ['keep', 'B', 10, 'partly', 'rated a keeper, tier B'],
    ['let-go', 'A', 10, 'disagree', 'rated let go, tier A'],
    ['let-go', 'A', -10, 'disagree', 'rated let go, tier A'],
    ['let-go', 'C', -10, 'agree', 'instinct and numbers agree'],
    ['let-go', 'B', 10, 'partly', 'rated let go, tier B'],
    ['let-go', 'B', -10, 'partly', 'rated let go, tier B'],
    ['develop', 'B', 10, 'agree', 'instinct and numbers agree'],
    ['develop', 'A', 10, 'partly', 'rated develop, tier A'],
    ['develop', 'C', 0, 'disagree', 'rated develop, tier C: costs more than it brings'],
    ['develop', 'C', -500, 'disagree', 'rated develop, loses money'],
    ['develop', 'B', -1, 'disagree', 'rated develop, loses money'],
    ['incomplete', 'A', 10, 'unrated', 'not fully rated on the checklist yet'],
    ['incomplete', 'C', -10, 'unrated', 'not fully rated on the checklist yet'],
  ] as const)('%s and tier %s (contribution %d): %s', (verdict, tier, contribution, agreement, note) => {
    expect(compare(verdict, tier, contribution)).toEqual({ agreement, note });
  });

  it('flags a customer rated to keep or develop as a disagreement exactly when it loses money (tier C or a negative contribution)', () => {
    fc.assert(
      fc.property(fc.constantFrom('keep', 'develop'), fc.constantFrom('A', 'B', 'C'), fc.integer({ min: -1e9, max: 1e9 }), (verdict, tier, contribution) => {
        const losesMoney = tier === 'C' || contribution < 0;
        return (compare(verdict, tier, contribution).agreement === 'disagree') === losesMoney;
      }),
    );
  });

  it('classes every verdict and tier by the stated table, and states each class in words', () => {
    for (const [verdict, tiers] of Object.entries(agreementRule)) {
      for (const [tier, agreement] of Object.entries(tiers)) expect(compare(verdict as keyof typeof agreementRule, tier as 'A', 1).agreement).toBe(agreement);
    }
    expect(agreementRuleText.map((line) => line.split(':')[0])).toEqual(['Agree', 'Partly agree', 'Disagree']);
  });

  it('counts each class', () => {
    expect(agreementCounts([{ agreement: 'agree' }, { agreement: 'disagree' }, { agreement: 'disagree' }, { agreement: 'partly' }])).toEqual({ disagree: 2, partly: 1, agree: 1, unrated: 0 });
    expect(agreementCounts([])).toEqual({ disagree: 0, partly: 0, agree: 0, unrated: 0 });
  });

  it('matches names across the worksheets and lists disagreements first, then partial agreements', () => {
    const scored = scoreList([
      ['1', customerWith({ name: 'Whale Inc', revenue: 100_000, margin: 50 })],
      ['2', customerWith({ name: 'Drain Co', revenue: 1_000, margin: 10, costToServe: 5_000 })],
      ['3', customerWith({ name: 'Steady', revenue: 10_000, margin: 50 })],
      ['4', customerWith({ name: 'Only Here', revenue: 5 })],
      ['5', customerWith({ name: 'Middle', revenue: 5_000, margin: 50 })],
    ], defaultAssumptions(), new Date('2026-11-23')).customers;
    const rows = instinctVersusNumbers([
      { name: 'steady', verdict: 'develop', label: 'Develop' },
      { name: 'WHALE INC', verdict: 'let-go', label: 'Consider letting go' },
      { name: ' Drain   Co ', verdict: 'keep', label: 'Keep, and find more like them' },
      { name: 'Elsewhere', verdict: 'keep', label: 'Keep, and find more like them' },
      { name: 'middle', verdict: 'keep', label: 'Keep, and find more like them' },
    ], scored);
    expect(rows.map((r) => [r.name, r.tier, r.note])).toEqual([
      ['Drain Co', 'C', 'rated a keeper, loses money'],
      ['Whale Inc', 'A', 'rated let go, tier A'],
      ['Middle', 'B', 'rated a keeper, tier B'],
      ['Steady', 'B', 'instinct and numbers agree'],
    ]);
  });

  it('reads verdicts from the checklist’s saved text and nothing from text it cannot read', () => {
    const ratings = (n: number) => Object.fromEntries(['first-call', 'fair-price', 'raises-the-bar', 'plays-to-strengths', 'opens-doors', 'cost-to-serve'].map((id) => [id, n]));
    const saved = JSON.stringify({
      app: 'customer-atlas', worksheet: 'ideal-customer-checklist', version: 1,
      data: { customers: { a: { updatedAt: 1, value: { name: 'Birch', addedAt: 1, ratings: ratings(4) } }, b: { updatedAt: 1, value: { name: 'Cobalt', addedAt: 2, ratings: ratings(0) } } }, portrait: {}, sources: {} },
    });
    expect(checklistVerdicts(saved)).toEqual([
      { name: 'Birch', verdict: 'keep', label: 'Keep, and find more like them' },
      { name: 'Cobalt', verdict: 'let-go', label: 'Consider letting go' },
    ]);
    expect(checklistVerdicts('{"not":"it"}')).toEqual([]);
    expect(checklistVerdicts(null)).toEqual([]);
  });
});

describe('the ranked table', () => {
  const scored = scoreList([
    ['1', customerWith({ name: 'beta', revenue: 300, margin: 100 })],
    ['2', customerWith({ name: 'Alpha', revenue: 100, margin: 100 })],
    ['3', customerWith({ name: 'Gamma', revenue: 200, margin: 100, costToServe: 1000 })],
  ], defaultAssumptions(), new Date('2026-11-23')).customers;

  it.each([
    [{ key: 'cev', direction: 'descending' }, ['beta', 'Alpha', 'Gamma']],
    [{ key: 'name', direction: 'ascending' }, ['Alpha', 'beta', 'Gamma']],
    [{ key: 'revenue', direction: 'descending' }, ['beta', 'Gamma', 'Alpha']],
    [{ key: 'contribution', direction: 'ascending' }, ['Gamma', 'Alpha', 'beta']],
    [{ key: 'tier', direction: 'descending' }, ['Gamma', 'Alpha', 'beta']],
  ] as const)('sorts by %j', (sort, names) => expect(sortRows(scored, sort).map((r) => r.customer.name)).toEqual(names));

  it('flips a column pressed again and starts a new one in its natural direction', () => {
    expect(nextSort({ key: 'cev', direction: 'descending' }, 'cev')).toEqual({ key: 'cev', direction: 'ascending' });
    expect(nextSort({ key: 'cev', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'clv')).toEqual({ key: 'clv', direction: 'descending' });
  });

  it.each([
    [0, 480, 48, 5000, { start: 0, end: 18 }],
    [4800, 480, 48, 5000, { start: 92, end: 118 }],
    [240_000, 480, 48, 5000, { start: 4992, end: 5000 }],
    [0, 480, 48, 3, { start: 0, end: 3 }],
    [0, 0, 0, 10, { start: 0, end: 9 }],
  ])('draws the rows in view at scroll %d (view %d, row %d, %d rows)', (top, view, row, total, expected) => {
    expect(visibleRange(top, view, row, total)).toEqual(expected);
  });
});
