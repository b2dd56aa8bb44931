import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childNumber, compactNumber, parseArticleNumber } from '../../../src/lib/atlas/number';

describe('atlas numbers', () => {
  it.each([
    ['5', 3, '5.03'],
    ['5.03', 1, '5.03.01'],
    ['5.03.01', 4, '5.03.01.04'],
    ['12.42', 10, '12.42.10'],
  ])('childNumber(%s, %i) = %s', (parent, order, expected) => expect(childNumber(parent, order)).toBe(expected));

  it.each([
    ['5.03.01.04', '5.030104'],
    ['5.03.01', '5.0301'],
    ['5', '5'],
  ])('compactNumber(%s) = %s', (dotted, compact) => expect(compactNumber(dotted)).toBe(compact));

  it.each([
    ['5.03.01.04', '5.03.01.04'],
    ['5.030104', '5.03.01.04'],
    [' 5.3.1.4 ', '5.03.01.04'],
    ['9.42.07.12', '9.42.07.12'],
    ['5.0301', null],
    ['bag of wind', null],
    ['5.03.01.044', null],
  ])('parseArticleNumber(%j) = %j', (input, expected) => expect(parseArticleNumber(input)).toBe(expected));

  it('reads back every dotted and compact number it writes (property)', () => {
    const part = fc.integer({ min: 1, max: 99 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), part, part, part, (v, c, s, a) => {
        const dotted = childNumber(childNumber(childNumber(String(v), c), s), a);
        expect(parseArticleNumber(dotted)).toBe(dotted);
        expect(parseArticleNumber(compactNumber(dotted))).toBe(dotted);
      }),
    );
  });
});
