import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { criteria, criterionIds, maxLevel, thresholds, verdicts, type RatingLevel } from '../../../../src/lib/worksheets/ideal-customer-checklist/criteria';
import { criterionGuides } from '../../../../src/lib/worksheets/ideal-customer-checklist/criterion-guides';
import { compareNames, countVerdicts, rankCustomers, scoreCustomer, verdictForScore } from '../../../../src/lib/worksheets/ideal-customer-checklist/score';
import { allAt, completeRatingsArb, partialRatingsArb, ratingsWith } from '../../../helpers/checklist-data';

describe('the criteria as data', () => {
  it('has the five traits and the cost-to-serve test, weights adding up to 100', () => {
    expect(criteria.map((c) => c.id)).toEqual([...criterionIds]);
    expect(criteria).toHaveLength(6);
    expect(criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
  });

  it.each(criteria.map((c) => [c.id, criterionGuides[c.id]] as const))('%s has a question, help text and a labelled step for every level', (_id, guide) => {
    expect(guide.scale).toHaveLength(maxLevel + 1);
    expect(new Set(guide.scale).size).toBe(guide.scale.length);
    expect(guide.help.length).toBeGreaterThan(40);
    expect(guide.question).toMatch(/\S.*[?.]$/);
  });

  it('has a guide for exactly the criteria', () => {
    expect(Object.keys(criterionGuides)).toEqual([...criterionIds]);
  });

  it('puts the keep threshold above the develop threshold', () => {
    expect(thresholds.keep).toBeGreaterThan(thresholds.develop);
  });
});

describe('scoreCustomer: the rules', () => {
  it('gives the top verdict when every criterion is at its best', () => {
    const result = scoreCustomer(allAt(4));
    expect(result).toMatchObject({ verdict: 'keep', score: 100, rated: 6, total: 6, missing: [] });
    expect(result.actions.map((a) => a.article)).toContain('pursuing-high-quality-customers');
  });

  it('says "consider letting go" when every criterion is at its worst', () => {
    const result = scoreCustomer(allAt(0));
    expect(result).toMatchObject({ verdict: 'let-go', score: 0 });
    expect(verdicts[result.verdict].label).toBe('Consider letting go');
    expect(result.actions.map((a) => a.article)).toEqual(['firing-a-customer', 'firing-a-customer', 'unqualify-fast']);
  });

  it('never gives the top verdict to a customer who costs more to serve than it brings in', () => {
    const result = scoreCustomer(ratingsWith(4, { 'cost-to-serve': 0 }));
    expect(result.score).toBe(75);
    expect(verdictForScore(75)).toBe('keep');
    expect(result.verdict).toBe('develop');
    expect(result.reasons).toContain('It costs more to serve than it brings in, so it cannot be a keeper until the terms change.');
  });

  it('property: a customer costing more than it brings is never a keeper', () => {
    fc.assert(
      fc.property(completeRatingsArb, (ratings) => {
        expect(scoreCustomer({ ...ratings, 'cost-to-serve': 0 }).verdict).not.toBe('keep');
      }),
    );
  });

  it.each([
    [['first-call'], 'Not yet rated: Thinks of you first.'],
    [['fair-price', 'cost-to-serve'], 'Not yet rated: Pays a fair price, Worth the cost to serve.'],
    [[...criterionIds], 'Not yet rated: Thinks of you first, Pays a fair price, Pushes you to improve, Uses what you do well, Opens new doors, Worth the cost to serve.'],
  ] as const)('missing %j gives "incomplete" naming them', (missing, reason) => {
    const ratings = allAt(3);
    for (const id of missing) delete ratings[id];
    const result = scoreCustomer(ratings);
    expect(result).toMatchObject({ verdict: 'incomplete', score: null, missing: [...missing], rated: 6 - missing.length, total: 6 });
    expect(result.reasons).toEqual([reason]);
    expect(result.actions).toEqual([{ text: 'Rate the remaining criteria to get a verdict.', article: 'characterizing-customers' }]);
  });

  it.each([
    [4, 100, 'keep', 'Score 100 of 100 reaches 75, the mark for "Keep, and find more like them".'],
    [3, 75, 'keep', 'Score 75 of 100 reaches 75, the mark for "Keep, and find more like them".'],
    [2, 50, 'develop', 'Score 50 of 100 is between 45 and 74: "Develop".'],
    [1, 25, 'let-go', 'Score 25 of 100 is below 45: "Consider letting go".'],
  ] as const)('every criterion at %i scores %i: %s', (level, score, verdict, reason) => {
    const result = scoreCustomer(allAt(level as RatingLevel));
    expect(result).toMatchObject({ score, verdict });
    expect(result.reasons[0]).toBe(reason);
  });

  it('names strengths and weak points with the chosen step', () => {
    const result = scoreCustomer(ratingsWith(2, { 'fair-price': 4, 'opens-doors': 1 }));
    expect(result.reasons).toEqual([
      'Score 54 of 100 is between 45 and 74: "Develop".',
      'Strength: Pays a fair price (best step).',
      'Weak point: Opens new doors (step 1 of 4).',
    ]);
  });

  it('reports the contribution of each criterion, adding up to the score', () => {
    const result = scoreCustomer(ratingsWith(3, { 'cost-to-serve': 2 }));
    expect(result.contributions.map((c) => [c.criterion, c.points, c.max])).toEqual([
      ['first-call', 11.25, 15],
      ['fair-price', 11.25, 15],
      ['raises-the-bar', 11.25, 15],
      ['plays-to-strengths', 11.25, 15],
      ['opens-doors', 11.25, 15],
      ['cost-to-serve', 12.5, 25],
    ]);
    expect(result.score).toBe(69);
  });
});

describe('scoreCustomer: properties', () => {
  it('keeps the score within 0 to 100', () => {
    fc.assert(
      fc.property(completeRatingsArb, (ratings) => {
        const { score } = scoreCustomer(ratings);
        expect(score).not.toBeNull();
        expect(score!).toBeGreaterThanOrEqual(0);
        expect(score!).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never lowers the score when a single rating improves', () => {
    fc.assert(
      fc.property(completeRatingsArb, fc.constantFrom(...criterionIds), (ratings, id) => {
        const level = ratings[id]!;
        fc.pre(level < maxLevel);
        const better = { ...ratings, [id]: level + 1 };
        expect(scoreCustomer(better).score!).toBeGreaterThanOrEqual(scoreCustomer(ratings).score!);
      }),
    );
  });

  it('gives a verdict exactly when every criterion is rated', () => {
    fc.assert(
      fc.property(partialRatingsArb, (ratings) => {
        const result = scoreCustomer(ratings);
        const complete = criterionIds.every((id) => ratings[id] !== undefined);
        expect(result.verdict === 'incomplete').toBe(!complete);
        expect(result.rated + result.missing.length).toBe(6);
      }),
    );
  });
});

describe('rankCustomers', () => {
  const customerArb = fc.record({ name: fc.constantFrom('Acme', 'acme', 'Birch', 'Cobalt', 'Zed', 'Éclair'), ratings: partialRatingsArb });

  it('is a stable sort by score, ties broken by name, incomplete last', () => {
    fc.assert(
      fc.property(fc.array(customerArb, { maxLength: 12 }), (list) => {
        const input = list.map((c, i) => ({ ...c, order: i }));
        const ranked = rankCustomers(input);
        expect(ranked).toHaveLength(input.length);
        expect(new Set(ranked.map((r) => r.customer.order)).size).toBe(input.length);
        for (let i = 1; i < ranked.length; i++) {
          const a = ranked[i - 1]!;
          const b = ranked[i]!;
          const sa = a.result.score ?? -1;
          const sb = b.result.score ?? -1;
          expect(sa).toBeGreaterThanOrEqual(sb);
          if (sa === sb) {
            const byName = compareNames(a.customer.name, b.customer.name);
            expect(byName).toBeLessThanOrEqual(0);
            if (byName === 0) expect(a.customer.order).toBeLessThan(b.customer.order);
          }
        }
      }),
    );
  });

  it('numbers complete customers 1, 2, 3 and leaves incomplete ones unranked', () => {
    const ranked = rankCustomers([
      { name: 'Half done', ratings: { 'first-call': 4 } },
      { name: 'Beta', ratings: allAt(2) },
      { name: 'alpha', ratings: allAt(2) },
      { name: 'Top', ratings: allAt(4) },
    ]);
    expect(ranked.map((r) => [r.rank, r.customer.name])).toEqual([
      [1, 'Top'],
      [2, 'alpha'],
      [3, 'Beta'],
      [null, 'Half done'],
    ]);
    expect(countVerdicts(ranked)).toEqual({ keep: 1, develop: 2, 'let-go': 0, incomplete: 1 });
  });
});
