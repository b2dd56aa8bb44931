/** The value formulas on worked examples, and how CLV moves with each input (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from '../../../../src/lib/worksheets/customer-value/schemas';
import { lifetimeValue, referralValue, retentionOf, stepValue, valueOf, yearlyContribution } from '../../../../src/lib/worksheets/customer-value/value';
import { customerWith } from '../../../helpers/customer-value-data';

describe('yearly contribution = revenue × margin − cost to serve', () => {
  it.each([
    [100_000, 30, 5_000, 25_000],
    [100_000, 30, 40_000, -10_000],
    [0, 50, 1_000, -1_000],
    [50_000, -10, 0, -5_000],
  ])('revenue %d at %d%% margin, cost %d → %d', (revenue, margin, costToServe, expected) => {
    expect(yearlyContribution({ revenue, margin, costToServe })).toBeCloseTo(expected, 9);
  });
});

describe('CLV = Σ m × r^(t−1) / (1 + d)^t over the horizon', () => {
  it.each([
    // 1000/1.1 + 800/1.21 + 640/1.331 = 909.09 + 661.16 + 480.84
    [1000, 0.8, 0.1, 3, 2051.09],
    [1000, 1, 0, 5, 5000],
    [1000, 0, 0.1, 10, 909.09],
    [-500, 0.5, 0, 2, -750],
    [0, 0.9, 0.1, 10, 0],
  ])('m %d, r %d, d %d, %d years → %d', (m, r, d, h, expected) => {
    expect(lifetimeValue(m, r, d, h)).toBeCloseTo(expected, 2);
  });

  it.each([
    [{ retention: 90, years: 3 }, 0.9],
    [{ retention: null, years: 4 }, 0.75],
    [{ retention: null, years: 1 }, 0],
    [{ retention: null, years: 0.5 }, 0],
    [{ retention: null, years: null }, 0.8],
  ])('retention used for %j is %d', (c, expected) => {
    expect(retentionOf(c, { retention: 80 })).toBeCloseTo(expected, 12);
  });
});

describe('CRV, CIV, CKV and CEV', () => {
  it('adds the four parts: CEV = CLV + CRV + CIV + CKV', () => {
    const c = customerWith({ revenue: 10_000, margin: 50, costToServe: 2_000, referrals: 3, referralValue: 2_000, influence: 2, knowledge: 4, retention: 0 });
    const a = { ...defaultAssumptions(), discount: 0, horizon: 1 };
    const v = valueOf(c, a);
    expect(v).toEqual({ contribution: 3_000, retention: 0, clv: 3_000, crv: 6_000, civ: 3_000, ckv: 5_000, cev: 17_000 });
  });

  it('counts an unrated step as nothing and reads each step’s money', () => {
    expect(stepValue(null, [0, 1, 2, 3, 4])).toBe(0);
    expect(stepValue(3, [0, 10, 20, 30, 40])).toBe(30);
    expect(referralValue({ referrals: 0, referralValue: 9_999 })).toBe(0);
  });
});

describe('CLV moves the way its inputs say (properties)', () => {
  const money = fc.double({ min: 0, max: 1e9, noNaN: true });
  const pct = fc.double({ min: 0, max: 100, noNaN: true });
  const horizon = fc.integer({ min: 1, max: 50 });
  const pair = <T>(arb: fc.Arbitrary<T>) => fc.tuple(arb, arb).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [T, T]);
  const clv = (revenue: number, margin: number, cost: number, retention: number, discount: number, h: number) =>
    lifetimeValue(yearlyContribution({ revenue, margin, costToServe: cost }), retention / 100, discount / 100, h);

  it('rises with revenue (margin at or above zero) and with margin', () => {
    fc.assert(fc.property(pair(money), pct, money, pct, pct, horizon, ([lo, hi], margin, cost, r, d, h) => clv(lo, margin, cost, r, d, h) <= clv(hi, margin, cost, r, d, h)));
    fc.assert(fc.property(money, pair(fc.double({ min: -100, max: 100, noNaN: true })), money, pct, pct, horizon, (rev, [lo, hi], cost, r, d, h) => clv(rev, lo, cost, r, d, h) <= clv(rev, hi, cost, r, d, h)));
  });

  it('falls as the cost to serve rises', () => {
    fc.assert(fc.property(money, pct, pair(money), pct, pct, horizon, (rev, margin, [lo, hi], r, d, h) => clv(rev, margin, hi, r, d, h) <= clv(rev, margin, lo, r, d, h)));
  });

  it('rises with retention and falls with the discount rate while the customer makes money', () => {
    fc.assert(fc.property(money, pair(pct), pct, horizon, (m, [lo, hi], d, h) => lifetimeValue(m, lo / 100, d / 100, h) <= lifetimeValue(m, hi / 100, d / 100, h)));
    fc.assert(fc.property(money, pct, pair(pct), horizon, (m, r, [lo, hi], h) => lifetimeValue(m, r / 100, hi / 100, h) <= lifetimeValue(m, r / 100, lo / 100, h)));
  });

  it('loses more with higher retention when the customer loses money each year', () => {
    fc.assert(fc.property(fc.double({ min: -1e9, max: -1, noNaN: true }), pair(pct), pct, horizon, (m, [lo, hi], d, h) => lifetimeValue(m, hi / 100, d / 100, h) <= lifetimeValue(m, lo / 100, d / 100, h)));
  });
});
