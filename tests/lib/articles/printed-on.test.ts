import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printedOn } from '../../../src/lib/articles/printed-on';

describe('printedOn', () => {
  it.each([
    [new Date(2026, 11, 3), 'Printed 3 December 2026'],
    [new Date(2027, 0, 31), 'Printed 31 January 2027'],
  ])('%s reads %s', (date, text) => {
    expect(printedOn(date)).toBe(text);
  });

  it('says what the platform says for en-GB, long, on any day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1990, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true }), (date) => {
        expect(printedOn(date)).toBe(`Printed ${date.toLocaleDateString('en-GB', { dateStyle: 'long' })}`);
      }),
    );
  });
});
