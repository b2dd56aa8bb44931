import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isText, normalizeWord, stem, stemmer } from '../../../src/lib/search/words';

describe('stemmer', () => {
  it('remembers a stem without changing it, for any word asked for twice', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 20 }), (list) => {
        const remembered = stemmer();
        for (const word of [...list, ...list]) expect(remembered(word)).toBe(stem(word));
      }),
    );
  });
});

describe('normalizeWord', () => {
  it.each([
    ['pricing', 'pricing'],
    ['Wind.', 'wind'],
    ["don't", 'dont'],
    ['Café', 'cafe'],
    ['5a', '5a'],
  ])('%j → %j', (word, normal) => {
    expect(normalizeWord(word)).toBe(normal);
  });
});

describe('isText', () => {
  it.each([
    ['a word', 'trust', true],
    ['one space', ' ', true],
    ['the empty string', '', false],
    ['a number', 5, false],
    ['null', null, false],
    ['an array of text', ['trust'], false],
  ])('%s: %s', (_label, value, wanted) => {
    expect(isText(value)).toBe(wanted);
  });
});
