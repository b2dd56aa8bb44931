import { describe, expect, it } from 'vitest';
import { readEnvelope, serialize } from '../../../../src/lib/worksheets/state';
import { addCustomer, rateCustomer, updatePortrait, updateSource } from '../../../../src/lib/worksheets/ideal-customer-checklist/records';
import { checklistWorksheet } from '../../../../src/lib/worksheets/ideal-customer-checklist/schemas';

const envelope = (data: unknown) => JSON.stringify({ app: 'customer-atlas', worksheet: 'ideal-customer-checklist', version: 1, data });
const customer = (value: unknown) => ({ customers: { c1: { updatedAt: 1, value } }, portrait: {}, sources: {} });

describe('checklist data', () => {
  it('round-trips through the shared envelope', () => {
    let data = addCustomer(checklistWorksheet.empty(), 'c1', 'Acme', 1);
    data = rateCustomer(data, 'c1', 'opens-doors', 4, 2);
    data = updatePortrait(data, { customerId: 'c1', needs: 'Fast delivery' }, 3);
    data = updateSource(data, '3', 'Trade fairs', 4);
    const parsed = readEnvelope(checklistWorksheet, serialize(checklistWorksheet, data, new Date(5)));
    expect(parsed.ok && parsed.data).toEqual(data);
  });

  it.each([
    ['a rating above the scale', customer({ name: 'Acme', ratings: { 'first-call': 5 }, addedAt: 1 }), 'data → customers → c1 → value → ratings → first-call: must be 4 or less'],
    ['a rating between steps', customer({ name: 'Acme', ratings: { 'fair-price': 2.5 }, addedAt: 1 }), 'data → customers → c1 → value → ratings → fair-price: should be a whole number, not a decimal number'],
    ['an unknown criterion', customer({ name: 'Acme', ratings: { charm: 2 }, addedAt: 1 }), 'data → customers → c1 → value → ratings: has an entry this page does not know: "charm"'],
    ['an empty name', customer({ name: '', ratings: {}, addedAt: 1 }), 'data → customers → c1 → value → name: Expected 1 to 120 characters.'],
    ['an eighth source', { customers: {}, portrait: {}, sources: { '8': { updatedAt: 1, value: { text: 'x' } } } }, 'data → sources: has an entry this page does not know: "8"'],
    ['a portrait with a name other than "best"', { customers: {}, portrait: { other: { updatedAt: 1, value: {} } }, sources: {} }, 'data → portrait: has an entry this page does not know: "other"'],
  ])('rejects %s with a message naming the field', (_what, data, message) => {
    const parsed = readEnvelope(checklistWorksheet, envelope(data));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.details).toContain(message);
  });

  it('rejects the quiz export on this page', () => {
    const text = JSON.stringify({ app: 'customer-atlas', worksheet: 'customer-type-quiz', version: 1, data: {} });
    expect(readEnvelope(checklistWorksheet, text)).toEqual({
      ok: false,
      problem: { kind: 'other-worksheet', worksheet: 'customer-type-quiz' },
      details: ['worksheet: "customer-type-quiz", expected "ideal-customer-checklist"'],
    });
  });
});
