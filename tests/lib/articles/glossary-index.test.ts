import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexLetter, letterGroups } from '../../../src/lib/articles/glossary-index';

describe('indexLetter', () => {
  it.each([
    ['bag of wind', 'B'],
    ['Tire kicker', 'T'],
    ['20/200 rule', '#'],
    ['élan', 'E'],
    ['  account', 'A'],
    ['', '#'],
  ])('files %j under %s', (term, letter) => {
    expect(indexLetter(term)).toBe(letter);
  });
});

describe('letterGroups', () => {
  const terms = ['tire kicker', 'bag of wind', '20/200 rule', 'Budget holder', 'account'];

  it('lists "#" first when used, then every letter A to Z', () => {
    const groups = letterGroups(terms, (t) => t);
    expect(groups.map((g) => g.letter).join('')).toBe('#ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(groups.find((g) => g.letter === 'B')!.terms).toEqual(['bag of wind', 'Budget holder']);
    expect(groups.find((g) => g.letter === 'C')!.terms).toEqual([]);
    expect(groups[0]!.id).toBe('letter-numbers');
    expect(groups[1]!.id).toBe('letter-a');
  });

  it('leaves "#" out when no term needs it', () => {
    expect(letterGroups(['apple'], (t) => t)).toHaveLength(26);
  });

  it('files every term exactly once, under its own letter', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 30 }), (list) => {
        const groups = letterGroups(list, (t) => t);
        expect(groups.flatMap((g) => g.terms).sort()).toEqual([...list].sort());
        for (const group of groups) for (const term of group.terms) expect(indexLetter(term)).toBe(group.letter);
        expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
      }),
    );
  });
});
