import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repeatedTitles, sectionLede, sentenceCount } from '../../../src/lib/atlas/section-lede';
import { sectionSchema } from '../../../src/lib/atlas/schemas';

const section = { number: '5.03.01', chapter: 'customers', title: 'A', summary: 'The basics.', order: 1, introduction: 'Intro.' };
const ledeMessage = (lede: unknown) => {
  const result = sectionSchema.safeParse({ ...section, lede });
  return result.success ? 'valid' : `${result.error.issues[0]!.path.join('.')}: ${result.error.issues[0]!.message}`;
};

describe('sentenceCount', () => {
  it.each([
    ['', 0],
    ['One sentence without a stop', 1],
    ['One sentence.', 1],
    ['First one. Second one.', 2],
    ['Is it? Yes! And then "a third."', 3],
    ['Revenue grew 2.5 times in a year.', 1],
    ['Reps sell products; customers buy solutions.', 1],
    ['See e.g. the checklist for more.', 1],
  ])('%j has %i sentence(s)', (text, count) => expect(sentenceCount(text)).toBe(count));

  it('counts n sentences joined by spaces as n (property)', () => {
    const sentence = fc.stringMatching(/^[A-Z][a-z]{1,8}( [a-z]{1,8}){0,5}[.!?]$/);
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => sentenceCount(sentences.join(' ')) === sentences.length));
  });
});

describe('section lede', () => {
  it('is the section\'s own lede, else its summary', () => {
    expect(sectionLede({ summary: 'S.', lede: 'L.' })).toBe('L.');
    expect(sectionLede({ summary: 'S.' })).toBe('S.');
  });

  it.each([
    ['One sentence.', 'valid'],
    ['One sentence. And a second.', 'valid'],
    ['One. Two. Three.', 'lede: lede has more than two sentences: keep it to one or two, and put the rest in the introduction'],
    ['x'.repeat(281), 'lede: lede is longer than 280 characters: keep it to one or two sentences'],
    ['  ', 'lede: lede is empty: write one or two sentences that say what the section gives its reader, or leave the field out'],
    [42, 'lede: lede must be text: write one or two sentences that say what the section gives its reader, or leave the field out'],
    [undefined, 'valid'],
  ])('the schema takes lede %j as %j', (lede, message) => expect(ledeMessage(lede)).toBe(message));
});

describe('repeatedTitles', () => {
  const titles = ['Unqualify Fast', 'What Is a Customer? Six Types', 'Firing a Customer'];
  it.each([
    ['Drop weak leads early.', []],
    ['The articles are Unqualify Fast and Firing a Customer.', ['Unqualify Fast', 'Firing a Customer']],
    ['It asks: what is a customer, six types of them?', ['What Is a Customer? Six Types']],
    ['Unqualify fastidiously.', []],
  ])('%j repeats %j', (text, expected) => expect(repeatedTitles(text, titles)).toEqual(expected));

  it('finds any title written into a text (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...titles), fc.lorem(), fc.lorem(), (title, before, after) =>
        repeatedTitles(`${before} ${title} ${after}`, titles).includes(title),
      ),
    );
  });
});
