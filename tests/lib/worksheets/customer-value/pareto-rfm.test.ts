/** R/F/M quintile scores and the Pareto figures: worked examples and properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cumulativeCurve, thinCurve, topShare } from '../../../../src/lib/worksheets/customer-value/pareto';
import { daysSince, quintileScores, rfmScores } from '../../../../src/lib/worksheets/customer-value/rfm';

describe('quintile scores', () => {
  it.each([
    [[10, 20, 30, 40, 50], [1, 2, 3, 4, 5]],
    [[50, 40, 30, 20, 10], [5, 4, 3, 2, 1]],
    [[5, 5, 5], [1, 1, 1]],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]],
    [[7], [1]],
    [[-Infinity, 0, 3], [1, 2, 4]],
    [[], []],
  ])('%j → %j', (values, expected) => expect(quintileScores(values)).toEqual(expected));

  it('stay within 1–5 and give equal values equal scores (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(-Infinity)), { maxLength: 300 }), (values) => {
        const scores = quintileScores(values);
        values.forEach((v, i) => {
          expect(scores[i]).toBeGreaterThanOrEqual(1);
          expect(scores[i]).toBeLessThanOrEqual(5);
          values.forEach((w, j) => v === w && expect(scores[j]).toBe(scores[i]));
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('recency, frequency, money', () => {
  const today = new Date('2026-11-23T15:00:00Z');
  it('counts days since the last order', () => {
    expect(daysSince('2026-11-13', today)).toBe(10);
    expect(daysSince('', today)).toBeNull();
  });
  it('scores recent, frequent, big customers 5 and a customer with no order date lowest on recency', () => {
    const list = [
      { lastOrder: '2026-11-20', orders: 50, revenue: 900 },
      { lastOrder: '2026-06-01', orders: 5, revenue: 100 },
      { lastOrder: '', orders: 1, revenue: 10 },
      { lastOrder: '2026-10-01', orders: 10, revenue: 300 },
      { lastOrder: '2025-01-01', orders: 2, revenue: 50 },
    ];
    expect(rfmScores(list, today)).toEqual([
      { r: 5, f: 5, m: 5 },
      { r: 3, f: 3, m: 3 },
      { r: 1, f: 1, m: 1 },
      { r: 4, f: 4, m: 4 },
      { r: 2, f: 2, m: 2 },
    ]);
  });
});

describe('top-20% share (the 80/20 rule)', () => {
  it.each([
    [[50, 20, 10, 10, 10], 50],
    [[100], 100],
    [[10, 10, 10, 10, 10, 10, 10, 10, 10, 10], 20],
    [[30, 0, 0], 100],
    [[], 0],
    [[0, 0], 0],
  ])('%j gives %d percent', (amounts, expected) => expect(topShare(amounts)).toBeCloseTo(expected, 9));

  it('lies within 0–100% (property)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1e12, noNaN: true })), (amounts) => {
      const share = topShare(amounts);
      return share >= 0 && share <= 100;
    }));
  });
});

describe('the whale curve (cumulative profit, most profitable first)', () => {
  it('rises above 100% and falls back as the money-losing tail is added', () => {
    const curve = cumulativeCurve([-10, 60, 50]);
    expect(curve.points.map((p) => [p.customers, Math.round(p.share * 1e9) / 1e9])).toEqual([[0, 0], [1, 60], [2, 110], [3, 100]]);
    expect(curve.peak.customers).toBe(2);
    expect(curve.peak.share).toBeCloseTo(110, 9);
    expect(curve.pastPeak).toBe(1);
  });

  it('has no curve when the list makes no profit in total', () => {
    expect(cumulativeCurve([-5, 5]).points).toEqual([]);
    expect(cumulativeCurve([]).points).toEqual([]);
  });

  it('ends at exactly 100% of the total, peaks at 100% or more, and counts the tail after the peak (property)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 400 }), (amounts) => {
      const curve = cumulativeCurve(amounts);
      if (!(curve.total > 0)) return curve.points.length === 0;
      const last = curve.points.at(-1)!;
      return last.share === 100 && last.customers === amounts.length && curve.peak.share >= 100 && curve.pastPeak === amounts.length - curve.peak.customers;
    }));
  });

  it('thins a long curve for drawing but keeps its ends and its peak', () => {
    const amounts = Array.from({ length: 5000 }, (_, i) => 3000 - i);
    const curve = cumulativeCurve(amounts);
    const thin = thinCurve(curve.points, curve.peak, 200);
    expect(thin.length).toBeLessThanOrEqual(201);
    expect(thin[0]).toEqual({ customers: 0, share: 0 });
    expect(thin.at(-1)).toEqual({ customers: 5000, share: 100 });
    expect(thin).toContainEqual(curve.peak);
  });
});
