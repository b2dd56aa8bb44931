/** Re-import as a reviewed merge: name keys, near matches asked, the plan by kind, and applying the rep's choices. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMerge, defaultChoice, editDistance, matchKey, planCounts, planMerge, type MergeItem } from '../../../../src/lib/worksheets/customer-value/merge';
import { customerEntries } from '../../../../src/lib/worksheets/customer-value/records';
import { customerValueWorksheet, type Customer, type ValueData } from '../../../../src/lib/worksheets/customer-value/schemas';
import type { ImportedCustomer } from '../../../../src/lib/worksheets/customer-value/sheet';
import { customerWith } from '../../../helpers/customer-value-data';

const sheetOf = (customers: Record<string, Partial<Customer>>): ValueData => ({
  customers: Object.fromEntries(Object.entries(customers).map(([id, c], i) => [id, { updatedAt: 1, value: customerWith({ addedAt: i, ...c }) }])),
  settings: {},
});
const row = (name: string, values: ImportedCustomer['values'] = {}, at = 2): ImportedCustomer => ({ row: at, name, values });

describe('matchKey', () => {
  it.each([
    ['Soylent Foods 1, Inc.', 'soylent foods 1'],
    ['Soylent Foods 1', 'soylent foods 1'],
    ['  SOYLENT   foods 1  ', 'soylent foods 1'],
    ['Nordlicht GmbH & Co. KG', 'nordlicht'],
    ['Vega S.A.', 'vega'],
    ['Müller B.V.', 'muller'],
    ['Initech, LLC', 'initech'],
    ['Acme Ltd.', 'acme'],
    ['The Company', 'the company'],
    ['AG', 'ag'],
  ])('%s → %s', (name, key) => expect(matchKey(name)).toBe(key));
});

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3, 3],
    ['kitten', 'sitting', 2, 3],
    ['stark logistics 98', 'stark logistics 99', 2, 1],
    ['abc', 'abc', 2, 0],
    ['abc', 'abcdef', 2, 3],
  ])('%s / %s (max %d) → %d', (a, b, max, d) => expect(editDistance(a, b, max)).toBe(d));
});

const here = sheetOf({
  soy: { name: 'Soylent Foods 1', revenue: 1000, margin: 30 },
  ini: { name: 'Initech', revenue: 500, margin: 20 },
  stark: { name: 'Stark Logistics 98', revenue: 100 },
  hooli: { name: 'Hooli', revenue: 900 },
});

describe('planMerge', () => {
  it.each<[string, ImportedCustomer, MergeItem['kind'], string | undefined, string[]]>([
    ['a legal suffix is a certain match, its changes listed', row('Soylent Foods 1, Inc.', { revenue: 1200, margin: 30 }), 'changed', 'soy', ['revenue']],
    ['the same figures are unchanged', row('INITECH', { revenue: 500, margin: 20 }), 'unchanged', 'ini', []],
    ['a name two letters apart is asked', row('Stark Logistcs 98', { revenue: 100 }), 'uncertain', 'stark', []],
    ['another number is asked', row('Stark Logistics 99', { revenue: 100 }), 'uncertain', 'stark', []],
    ['a longer name starting with one here is asked', row('Soylent Foods 10', { revenue: 5 }), 'uncertain', 'soy', ['revenue']],
    ['a shorter name that starts one here is asked', row('Initec', {}), 'uncertain', 'ini', []],
    ['an unknown name is new', row('Globex', { revenue: 5 }), 'new', undefined, []],
    ['a short unknown name is new', row('Hoo', {}), 'new', undefined, []],
  ])('%s', (_, imported, kind, id, fields) => {
    const [item] = planMerge(customerEntries(here), [imported]);
    expect(item!.kind).toBe(kind);
    expect(item!.id).toBe(id);
    expect(item!.changes.map((c) => c.field)).toEqual(fields);
  });

  it('lists old → new for each changed field', () => {
    const [item] = planMerge(customerEntries(here), [row('Soylent Foods 1', { revenue: 1200, margin: 25, orders: 0 })]);
    expect(item!.changes).toEqual([{ field: 'revenue', from: 1000, to: 1200 }, { field: 'margin', from: 30, to: 25 }]);
  });

  it('starts uncertain matches with no choice, so the rep must answer', () => {
    const plan = planMerge(customerEntries(here), [row('Globex'), row('Hooli', { revenue: 1 }), row('Hooli', { revenue: 900 }), row('Stark Logistics 99')]);
    expect(plan.map(defaultChoice)).toEqual(['new', 'update', 'keep', undefined]);
    expect(planCounts(plan)).toEqual({ new: 1, changed: 1, unchanged: 1, uncertain: 1 });
  });
});

describe('applyMerge', () => {
  const plan = planMerge(customerEntries(here), [row('Soylent Foods 1, Inc.', { revenue: 1200 }, 2), row('Globex', { revenue: 7 }, 3), row('Stark Logistics 99', { revenue: 300 }, 4), row('globex', { margin: 10 }, 5)]);

  it.each<[string, ('update' | 'keep' | 'new' | undefined)[], Record<string, number>, number]>([
    ['defaults: update, add; the uncertain one kept until answered', [], { 'Soylent Foods 1': 1200, Globex: 7, 'Stark Logistics 98': 100 }, 5],
    ['keep mine leaves the customer alone', ['keep', 'new', 'update'], { 'Soylent Foods 1': 1000, Globex: 7, 'Stark Logistics 98': 300 }, 5],
    ['add as new makes a second customer', ['new', 'new', 'new'], { 'Soylent Foods 1': 1000, 'Soylent Foods 1, Inc.': 1200, Globex: 7, 'Stark Logistics 98': 100, 'Stark Logistics 99': 300 }, 7],
  ])('%s', (_, choices, revenues, count) => {
    let n = 0;
    const { data } = applyMerge(here, plan, choices, 10, () => `u${n++}`);
    const live = customerEntries(data);
    expect(live).toHaveLength(count);
    for (const [name, revenue] of Object.entries(revenues)) expect(live.find(([, c]) => c.name === name)![1].revenue).toBe(revenue);
    // The two Globex rows (same key) became one customer with both rows' figures.
    expect(live.filter(([, c]) => matchKeyOf(c) === 'globex').map(([, c]) => [c.revenue, c.margin])).toEqual([[7, 10]]);
  });

  it('flags the cell a row could not read, and a later good value clears it', () => {
    const flagged = applyMerge(here, planMerge(customerEntries(here), [{ row: 9, name: 'Hooli', values: {}, flags: { revenue: 'n/a' } }]), [], 10).data;
    expect(flagged.customers.hooli!.value.flags).toEqual({ revenue: 'n/a' });
    const fixed = applyMerge(flagged, planMerge(customerEntries(flagged), [row('Hooli', { revenue: 50 })]), [], 11).data;
    expect(fixed.customers.hooli!.value.flags).toBeUndefined();
    expect(fixed.customers.hooli!.value.revenue).toBe(50);
  });
});

const matchKeyOf = (c: Customer) => matchKey(c.name);
const nameArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}$/);

describe('merge properties', () => {
  it('a file of the customers as they are changes nothing and adds nothing', () => {
    fc.assert(fc.property(fc.uniqueArray(nameArb, { selector: matchKey, maxLength: 15 }), fc.array(fc.nat(1e6), { minLength: 15, maxLength: 15 }), (names, revenues) => {
      const data = sheetOf(Object.fromEntries(names.map((n, i) => [`c${i}`, { name: n, revenue: revenues[i]! }])));
      const plan = planMerge(customerEntries(data), names.map((n, i) => row(n, { revenue: revenues[i]! }, i + 2)));
      expect(plan.every((p) => p.kind === 'unchanged')).toBe(true);
      expect(applyMerge(data, plan, [], 5).data).toEqual(data);
    }));
  });

  it('into an empty sheet every row with a new name key is one new customer', () => {
    fc.assert(fc.property(fc.array(nameArb, { maxLength: 30 }), (names) => {
      const empty = customerValueWorksheet.empty();
      const plan = planMerge([], names.map((n, i) => row(n, {}, i + 2)));
      expect(plan.every((p) => p.kind === 'new')).toBe(true);
      expect(customerEntries(applyMerge(empty, plan, [], 5).data)).toHaveLength(new Set(names.map(matchKey)).size);
    }));
  });

  it('keep mine for every row leaves the sheet as it was', () => {
    fc.assert(fc.property(fc.array(fc.tuple(nameArb, fc.nat(1000)), { maxLength: 20 }), (rows) => {
      const plan = planMerge(customerEntries(here), rows.map(([n, r], i) => row(n, { revenue: r }, i + 2)));
      expect(applyMerge(here, plan, plan.map(() => 'keep'), 5).data).toEqual(here);
    }));
  });

  it('an import never drops a customer', () => {
    fc.assert(fc.property(fc.array(fc.tuple(nameArb, fc.nat(1000)), { maxLength: 20 }), fc.array(fc.constantFrom('update', 'keep', 'new' as const), { maxLength: 20 }), (rows, choices) => {
      const plan = planMerge(customerEntries(here), rows.map(([n, r], i) => row(n, { revenue: r }, i + 2)));
      const after = customerEntries(applyMerge(here, plan, choices, 5).data).map(([id]) => id);
      for (const [id] of customerEntries(here)) expect(after).toContain(id);
    }));
  });
});
