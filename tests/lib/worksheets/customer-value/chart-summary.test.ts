/** The whale chart's summary sentence, written once for the chart, the Markdown export and the team page. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chartSummary, profitPeakSentence } from '../../../../src/lib/worksheets/customer-value/chart';
import { cumulativeCurve } from '../../../../src/lib/worksheets/customer-value/pareto';

describe('profitPeakSentence', () => {
  it.each([
    [[4000, -700], undefined, 'Profit peaks at 121% of the total after the 1 most profitable customer; the 1 after it gives 21% back.'],
    [[500, 300, 200, -100, -100], undefined, 'Profit peaks at 125% of the total after the 3 most profitable customers; the 2 after them give 25% back.'],
    [[600, 400], 'the team’s total', 'Profit peaks at 100% of the team’s total after the 2 most profitable customers; the 0 after them give 0% back.'],
  ])('words the peak of %j (%s)', (amounts, total, sentence) => expect(profitPeakSentence(cumulativeCurve(amounts), total)).toBe(sentence));

  it('names every figure of the curve, in agreement with its counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 5000 }), { minLength: 1, maxLength: 40 }).filter((a) => a.reduce((s, x) => s + x, 0) > 0), (amounts) => {
        const curve = cumulativeCurve(amounts);
        const sentence = profitPeakSentence(curve);
        expect(sentence).toContain(`after the ${curve.peak.customers} most profitable customer${curve.peak.customers === 1 ? ';' : 's;'}`);
        expect(sentence).toContain(`the ${curve.pastPeak} after ${curve.pastPeak === 1 ? 'it gives' : 'them give'} `);
      }),
    );
  });
});

describe('chartSummary', () => {
  const summary = (amounts: number[], count = amounts.length) => ({ count, whale: cumulativeCurve(amounts), top20Revenue: 83, top20Profit: 121 });
  it.each([
    [summary([]), 'The chart appears once you have customers.'],
    [summary([-50, 10]), 'Your customers lose money in total, so there is no profit to share out: look at tier C first.'],
    [summary([4000, -700]), 'The top 20% of customers bring 83% of revenue and 121% of profit. Profit peaks at 121% of the total after the 1 most profitable customer; the 1 after it gives 21% back.'],
  ])('sums up %#', (s, sentence) => expect(chartSummary(s)).toBe(sentence));
});
