import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counted } from '../../../src/lib/site/plural';

describe('counted', () => {
  it.each([
    [0, 'customer', undefined, '0 customers'],
    [1, 'customer', undefined, '1 customer'],
    [2, 'customer', undefined, '2 customers'],
    [1, 'rep', undefined, '1 rep'],
    [3, 'person', 'people', '3 people'],
    [1, 'person', 'people', '1 person'],
  ])('%i %s', (n, one, many, text) => {
    expect(counted(n, one, many)).toBe(text);
  });

  it('is singular only for one', () => {
    fc.assert(fc.property(fc.nat(100_000), (n) => counted(n, 'file').endsWith('files') === (n !== 1)));
  });
});
