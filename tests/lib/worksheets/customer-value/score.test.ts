/** Scoring a list: ranks, tiers by the stated rule, summary figures, and no throw on any valid data. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreList } from '../../../../src/lib/worksheets/customer-value/score';
import { defaultAssumptions, valueDataSchema } from '../../../../src/lib/worksheets/customer-value/schemas';
import { customerEntries, assumptionsOf } from '../../../../src/lib/worksheets/customer-value/records';
import { tierAt } from '../../../../src/lib/worksheets/customer-value/tiers';
import { customerArb, customerWith } from '../../../helpers/customer-value-data';

const today = new Date('2026-11-23T00:00:00Z');
const flat = { ...defaultAssumptions(), discount: 0, horizon: 1, retention: 0 };

describe('tiers', () => {
  it.each([
    [0, 10, 500, 'A'],
    [1, 10, 500, 'A'],
    [2, 10, 500, 'B'],
    [0, 3, 1, 'A'],
    [1, 3, 1, 'B'],
    [0, 10, 0, 'C'],
    [0, 10, -1, 'C'],
  ])('customer %d of %d with CEV %d is tier %s', (index, n, cev, tier) => expect(tierAt(index, n, cev)).toBe(tier));
});

describe('scoreList', () => {
  const entries = [
    ['a', customerWith({ name: 'Loss Co', revenue: 1000, margin: 10, costToServe: 500, addedAt: 1 })],
    ['b', customerWith({ name: 'Whale Inc', revenue: 100_000, margin: 40, costToServe: 1000, addedAt: 2 })],
    ['c', customerWith({ name: 'Middle Ltd', revenue: 20_000, margin: 25, costToServe: 1000, addedAt: 3 })],
    ['d', customerWith({ name: 'Small Shop', revenue: 5_000, margin: 30, costToServe: 500, addedAt: 4 })],
    ['e', customerWith({ name: 'Tiny', revenue: 2_000, margin: 30, costToServe: 100, addedAt: 5 })],
  ] as const;

  it('ranks by CEV, tiers by the rule and sums the list', () => {
    const { customers, summary } = scoreList(entries, flat, today);
    expect(customers.map((c) => [c.rank, c.customer.name, c.cev, c.tier])).toEqual([
      [1, 'Whale Inc', 39_000, 'A'],
      [2, 'Middle Ltd', 4_000, 'B'],
      [3, 'Small Shop', 1_000, 'B'],
      [4, 'Tiny', 500, 'B'],
      [5, 'Loss Co', -400, 'C'],
    ]);
    expect(summary).toMatchObject({ count: 5, revenue: 128_000, contribution: 44_100, cev: 44_100, losing: 1, tiers: { A: 1, B: 3, C: 1 } });
    expect(summary.top20Revenue).toBeCloseTo(78.125, 9);
    expect(summary.top20Profit).toBeCloseTo((39_000 / 44_100) * 100, 9);
    expect(summary.whale.peak).toEqual({ customers: 4, share: (44_500 / 44_100) * 100 });
    expect(summary.whale.pastPeak).toBe(1);
  });

  it('never throws and gives finite figures for any data the schema accepts (property)', () => {
    const dataArb = fc.array(customerArb, { maxLength: 40 }).map((list) => ({
      customers: Object.fromEntries(list.map((c, i) => [`id${i}`, { updatedAt: i, value: c, ...(i % 7 === 6 ? { deleted: true } : {}) }])),
      settings: {},
    }));
    fc.assert(fc.property(dataArb, (raw) => {
      const parsed = valueDataSchema.safeParse(raw);
      expect(parsed.success).toBe(true);
      const data = parsed.data!;
      const scored = scoreList(customerEntries(data), assumptionsOf(data), today);
      for (const c of scored.customers) {
        for (const n of [c.cev, c.clv, c.crv, c.civ, c.ckv, c.contribution]) expect(Number.isFinite(n)).toBe(true);
        for (const s of [c.r, c.f, c.m]) expect(s >= 1 && s <= 5).toBe(true);
      }
      expect(scored.summary.top20Revenue >= 0 && scored.summary.top20Revenue <= 100).toBe(true);
    }), { numRuns: 150 });
  });
});
