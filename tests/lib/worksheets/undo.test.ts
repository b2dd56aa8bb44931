/** What every worksheet's undo notice says, after a removal and after Undo. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removedText, restoredText } from '../../../src/lib/worksheets/undo';

describe('undo notice sentences', () => {
  it.each([
    ['Removed', 'Acme', 'Removed Acme.', 'Restored Acme.'],
    ['Deleted', 'Dana Lee', 'Deleted Dana Lee.', 'Restored Dana Lee.'],
  ])('%s %s', (verb, name, removed, restored) => {
    expect(removedText(verb, { id: 'x', name })).toBe(removed);
    expect(restoredText({ id: 'x', name })).toBe(restored);
  });

  it('names the record as typed, whatever its name', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(removedText('Removed', { id: 'x', name })).toBe(`Removed ${name}.`);
        expect(restoredText({ id: 'x', name }).slice('Restored '.length, -1)).toBe(name);
      }),
    );
  });
});
