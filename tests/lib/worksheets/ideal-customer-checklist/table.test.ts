import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankCustomers } from '../../../../src/lib/worksheets/ideal-customer-checklist/score';
import { arrangeRows, nextSort, sortKeys, type TableSort, type VerdictFilter } from '../../../../src/lib/worksheets/ideal-customer-checklist/table';
import { allAt, partialRatingsArb } from '../../../helpers/checklist-data';

const ranked = rankCustomers([
  { name: 'Cobalt', ratings: allAt(0) },
  { name: 'alpha', ratings: allAt(2) },
  { name: 'Birch', ratings: allAt(4) },
  { name: 'Dune', ratings: { 'fair-price': 1 } },
]);
const names = (sort: TableSort, filter: VerdictFilter = 'all') => arrangeRows(ranked, sort, filter).map((r) => r.customer.name);

describe('ranked table', () => {
  it.each([
    [{ key: 'score', direction: 'descending' }, ['Birch', 'alpha', 'Cobalt', 'Dune']],
    [{ key: 'score', direction: 'ascending' }, ['Dune', 'Cobalt', 'alpha', 'Birch']],
    [{ key: 'name', direction: 'ascending' }, ['alpha', 'Birch', 'Cobalt', 'Dune']],
    [{ key: 'name', direction: 'descending' }, ['Dune', 'Cobalt', 'Birch', 'alpha']],
    [{ key: 'verdict', direction: 'ascending' }, ['Birch', 'alpha', 'Cobalt', 'Dune']],
  ] as const)('sorts by %j', (sort, expected) => {
    expect(names(sort)).toEqual(expected);
  });

  it.each([
    ['keep', ['Birch']],
    ['develop', ['alpha']],
    ['let-go', ['Cobalt']],
    ['incomplete', ['Dune']],
    ['all', ['Birch', 'alpha', 'Cobalt', 'Dune']],
  ] as const)('filters to %s', (filter, expected) => {
    expect(names({ key: 'score', direction: 'descending' }, filter)).toEqual(expected);
  });

  it('flips the direction on a second click and starts a new column in its first direction', () => {
    expect(nextSort({ key: 'score', direction: 'descending' }, 'score')).toEqual({ key: 'score', direction: 'ascending' });
    expect(nextSort({ key: 'score', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });

  it('property: arranging never adds or drops a row that passes the filter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.string({ maxLength: 6 }), ratings: partialRatingsArb }), { maxLength: 10 }),
        fc.constantFrom(...sortKeys),
        fc.constantFrom('ascending', 'descending' as const),
        (list, key, direction) => {
          const rows = rankCustomers(list);
          const out = arrangeRows(rows, { key, direction }, 'all');
          expect(new Set(out)).toEqual(new Set(rows));
        },
      ),
    );
  });
});
