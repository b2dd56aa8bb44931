import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountPicture } from '../../../../src/lib/worksheets/customer-type-quiz/account-picture';
import type { CustomerTypeId } from '../../../../src/lib/worksheets/customer-type-quiz/types';
import { anyAnswers, typicalAnswers } from '../../../helpers/quiz-answers';

const contact = (id: string, type: CustomerTypeId, extra = {}) => ({ id, name: id, role: '', account: 'A', answers: { ...typicalAnswers[type], ...extra } });

describe('accountPicture', () => {
  it.each([
    ['bag-of-money', 'budget'],
    ['ally', 'influence'],
    ['bag-of-wind', 'no-say'],
    ['repeat-customer', 'influence'],
    ['born-again-customer', 'budget'],
  ] as const)('puts a typical %s on the "%s" tier', (type, tier) => {
    const picture = accountPicture([contact('x', type)]);
    expect(picture.tiers).toEqual([{ id: tier, contacts: [expect.objectContaining({ id: 'x', primary: type })] }]);
    expect(picture.colleagues).toEqual([]);
  });

  it('keeps colleagues apart and leaves empty tiers out', () => {
    const picture = accountPicture([contact('k', 'internal-customer')]);
    expect(picture.tiers).toEqual([]);
    expect(picture.colleagues.map((c) => c.id)).toEqual(['k']);
  });

  it('orders tiers budget, influence, no say, and marks vetoes', () => {
    const picture = accountPicture([contact('w', 'bag-of-wind'), contact('a', 'ally'), contact('m', 'bag-of-money')]);
    expect(picture.tiers.map((t) => t.id)).toEqual(['budget', 'influence', 'no-say']);
    expect(picture.tiers[1]!.contacts[0]!.veto).toBe(true);
  });

  it('places every classified contact exactly once', () => {
    fc.assert(
      fc.property(fc.array(anyAnswers, { maxLength: 8 }), (sets) => {
        const contacts = sets.map((answers, i) => ({ id: `c${i}`, name: `c${i}`, role: '', account: 'A', answers }));
        const picture = accountPicture(contacts);
        const ids = [...picture.tiers.flatMap((t) => t.contacts), ...picture.colleagues].map((c) => c.id).sort();
        expect(ids).toEqual(contacts.map((c) => c.id).sort());
        expect(picture.tiers.every((t) => t.contacts.length > 0)).toBe(true);
      }),
    );
  });
});
