import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteriaChart, verdictChart } from '../../../src/lib/ideal-customer/chart';
import { allAt, partialRatingsArb } from '../../helpers/checklist-data';

describe('chart geometry', () => {
  it('draws one bar per criterion, full for the best step and empty for the worst', () => {
    const chart = criteriaChart('Acme', { ...allAt(4), 'cost-to-serve': 0 });
    expect(chart.bars).toHaveLength(6);
    expect(chart.bars[0]!.width).toBe(chart.trackWidth);
    expect(chart.bars[5]!.width).toBe(0);
    expect(chart.bars[5]!.valueText).toBe('0 of 25 points');
    expect(chart.summary).toBe(
      'Criteria of Acme. Thinks of you first: 15 of 15 points; Pays a fair price: 15 of 15 points; Pushes you to improve: 15 of 15 points; Uses what you do well: 15 of 15 points; Opens new doors: 15 of 15 points; Worth the cost to serve: 0 of 25 points.',
    );
  });

  it('says "not rated" for missing criteria', () => {
    expect(criteriaChart('X', { 'first-call': 2 }).bars.map((b) => b.valueText)).toEqual(['8 of 15 points', 'not rated', 'not rated', 'not rated', 'not rated', 'not rated']);
  });

  it('scales verdict bars to the largest count and describes them', () => {
    const chart = verdictChart({ keep: 2, develop: 1, 'let-go': 0, incomplete: 1 });
    expect(chart.bars.map((b) => b.width / chart.trackWidth)).toEqual([1, 0.5, 0, 0.5]);
    expect(chart.summary).toBe('Verdicts of 4 customers. Keep, and find more like them: 2 customers; Develop: 1 customer; Consider letting go: 0 customers; Incomplete: 1 customer.');
    expect(verdictChart({ keep: 0, develop: 0, 'let-go': 0, incomplete: 0 }).bars.every((b) => b.width === 0)).toBe(true);
  });

  it('property: bars stay inside the chart and never overlap', () => {
    fc.assert(
      fc.property(partialRatingsArb, (ratings) => {
        const chart = criteriaChart('c', ratings);
        chart.bars.forEach((bar, i) => {
          expect(bar.width).toBeGreaterThanOrEqual(0);
          expect(bar.width).toBeLessThanOrEqual(chart.trackWidth);
          expect(bar.y + bar.height).toBeLessThanOrEqual(chart.height);
          if (i > 0) expect(bar.y).toBeGreaterThanOrEqual(chart.bars[i - 1]!.y + bar.height);
        });
        expect(chart.valueX).toBeGreaterThan(chart.trackX + chart.trackWidth);
      }),
    );
  });
});
