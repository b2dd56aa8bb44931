import { describe, expect, it } from 'vitest';
import { mergeData } from '../../../../src/lib/worksheets/state';
import {
  addCustomer,
  cleanName,
  customerList,
  newCustomerId,
  portraitOf,
  rateCustomer,
  removeCustomer,
  renameCustomer,
  restoreCustomer,
  sourceTexts,
  updatePortrait,
  updateSource,
} from '../../../../src/lib/worksheets/ideal-customer-checklist/records';
import { checklistWorksheet } from '../../../../src/lib/worksheets/ideal-customer-checklist/schemas';

const empty = checklistWorksheet.empty();

describe('customers', () => {
  it('adds customers in the order typed and keeps partial ratings', () => {
    let data = addCustomer(empty, 'b', '  Birch   Ltd ', 20);
    data = addCustomer(data, 'a', 'Acme', 30);
    data = rateCustomer(data, 'b', 'fair-price', 3, 40);
    expect(customerList(data)).toEqual([
      { id: 'b', name: 'Birch Ltd', ratings: { 'fair-price': 3 }, addedAt: 20 },
      { id: 'a', name: 'Acme', ratings: {}, addedAt: 30 },
    ]);
    expect(data.customers['b']!.updatedAt).toBe(40);
  });

  it('clears a rating with null and ignores unknown customers', () => {
    let data = rateCustomer(addCustomer(empty, 'a', 'Acme', 1), 'a', 'first-call', 2, 2);
    data = rateCustomer(data, 'a', 'first-call', null, 3);
    expect(customerList(data)[0]!.ratings).toEqual({});
    expect(rateCustomer(data, 'nobody', 'first-call', 1, 4)).toBe(data);
  });

  it('renames, removes (tombstone) and restores', () => {
    let data = addCustomer(empty, 'a', 'Acme', 1);
    data = renameCustomer(data, 'a', 'Acme Corp', 2);
    expect(renameCustomer(data, 'a', '   ', 3)).toBe(data);
    data = removeCustomer(data, 'a', 4);
    expect(customerList(data)).toEqual([]);
    expect(data.customers['a']).toMatchObject({ deleted: true, updatedAt: 4 });
    data = restoreCustomer(data, 'a', 5);
    expect(customerList(data).map((c) => c.name)).toEqual(['Acme Corp']);
  });

  it('merges two tabs record by record without losing either customer', () => {
    const mine = addCustomer(empty, 'a', 'Acme', 1);
    const theirs = addCustomer(empty, 'b', 'Birch', 2);
    expect(customerList(mergeData(mine, theirs)).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it.each([
    ['  a  b ', 'a b'],
    ['x'.repeat(200), 'x'.repeat(120)],
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ])('cleanName(%j)', (input, expected) => {
    expect(cleanName(input)).toBe(expected);
  });

  it('makes ids that no customer has', () => {
    const data = addCustomer(empty, 'c-1-taken', 'Taken', 1);
    const uuids = ['taken', 'free'];
    expect(newCustomerId(data, 1, () => uuids.shift()!)).toBe('c-1-free');
    expect(newCustomerId(data, 1)).toMatch(/^c-1-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });
});

describe('portrait and sources', () => {
  it('starts blank and keeps what is typed', () => {
    expect(portraitOf(empty)).toEqual({ customerId: '', industry: '', size: '', buyerRole: '', location: '', needs: '', activities: '' });
    let data = updatePortrait(empty, { customerId: 'a', industry: 'Architecture' }, 5);
    data = updatePortrait(data, { size: '200 people' }, 6);
    expect(portraitOf(data)).toMatchObject({ customerId: 'a', industry: 'Architecture', size: '200 people' });
    expect(data.portrait.best!.updatedAt).toBe(6);
  });

  it('has exactly seven source slots', () => {
    expect(sourceTexts(empty)).toEqual(['', '', '', '', '', '', '']);
    const data = updateSource(updateSource(empty, '1', 'Referrals', 1), '7', 'Trade fair', 2);
    expect(sourceTexts(data)).toEqual(['Referrals', '', '', '', '', '', 'Trade fair']);
  });
});
