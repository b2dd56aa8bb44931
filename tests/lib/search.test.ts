import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articleNumberQuery,
  filterOptions,
  isActive,
  phraseMatch,
  rankHits,
  readSearchParams,
  searchableQuery,
  resultMessage,
  writeSearchParams,
} from '../../src/lib/search';

describe('search state in the URL', () => {
  it.each([
    ['?q=veto', { query: 'veto', filters: {} }],
    ['?q=bag+of+wind&type=Article', { query: 'bag of wind', filters: { type: 'Article' } }],
    ['?section=5.03.01+Customer+Concepts', { query: '', filters: { section: '5.03.01 Customer Concepts' } }],
    ['?q=%20%20&type=&unknown=1', { query: '', filters: {} }],
  ])('reads %s', (search, state) => expect(readSearchParams(new URLSearchParams(search))).toEqual(state));

  it('writes back what it reads (property)', () => {
    const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== '');
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), fc.option(text, { nil: undefined }), (query, type, section) => {
        const state = { query, filters: { ...(type && { type }), ...(section && { section }) } };
        expect(readSearchParams(new URLSearchParams(writeSearchParams(state)))).toEqual(state);
      }),
    );
  });

  it('leaves an empty search out of the URL', () => {
    expect(writeSearchParams({ query: ' ', filters: {} })).toBe('');
    expect(isActive({ query: '', filters: {} })).toBe(false);
    expect(isActive({ query: '', filters: { type: 'Glossary' } })).toBe(true);
  });
});

describe('searchableQuery', () => {
  it.each([
    ['contract t', 'contract'],
    ['contract te', 'contract te'],
    ['c', 'c'],
    ['co', 'co'],
    ['  bag of  wind ', 'bag of wind'],
    ['bag of w', 'bag of'],
    ['', ''],
  ])('%j is searched as %j', (typed, sent) => expect(searchableQuery(typed)).toBe(sent));
});

describe('article numbers', () => {
  it.each([
    ['5.03.01.04', '5.03.01.04'],
    ['5.030104', '5.03.01.04'],
    ['bag of wind', null],
  ])('%s asks for %s', (query, number) => expect(articleNumberQuery(query)).toBe(number));
});

describe('filters and messages', () => {
  it('sorts filter values in atlas order and keeps the selected one', () => {
    expect(filterOptions({ '5.03.10 Ten': 1, '5.03.02 Two': 4 }, '5.03.01 One')).toEqual([
      { value: '5.03.01 One', count: 0 },
      { value: '5.03.02 Two', count: 4 },
      { value: '5.03.10 Ten', count: 1 },
    ]);
    expect(filterOptions(undefined)).toEqual([]);
  });

  it.each([
    [3, { query: 'veto', filters: {} }, '3 results for “veto”.'],
    [1, { query: 'veto', filters: {} }, '1 result for “veto”.'],
    [0, { query: 'xyzzy', filters: {} }, 'No results for “xyzzy”. Try fewer or different words.'],
    [0, { query: 'veto', filters: { type: 'Glossary' } }, 'No results for “veto” with these filters. Try fewer or different words, or remove a filter.'],
    [17, { query: '', filters: { type: 'Glossary' } }, '17 results with these filters.'],
  ])('announces %i results', (count, state, message) => expect(resultMessage(count, state)).toBe(message));
});

describe('ranking', () => {
  it.each([
    ['bag of wind', 'The bag of wind talks a lot.', 2],
    ['bag of wind', 'Wind fills the bag of sand.', 1],
    ['bag of wind', 'A bag of money.', 0],
    ['Bag, of WIND', 'the bag of wind', 2],
    ['', 'anything', 0],
  ])('phraseMatch(%j, %j) = %i', (query, text, score) => expect(phraseMatch(query, text)).toBe(score));

  it('puts whole-phrase pages first, then articles before definitions, else keeps Pagefind order', () => {
    const hits = [
      { hit: 'scattered article', text: 'wind and a bag of tricks', type: 'Article' },
      { hit: 'phrase glossary', text: 'bag of wind: a talker', type: 'Glossary' },
      { hit: 'phrase article', text: 'meet the bag of wind', type: 'Article' },
      { hit: 'phrase article 2', text: 'another bag of wind', type: 'Article' },
    ];
    expect(rankHits('bag of wind', hits)).toEqual(['phrase article', 'phrase article 2', 'phrase glossary', 'scattered article']);
    expect(rankHits('veto', [hits[1]!, hits[0]!])).toEqual(['scattered article', 'phrase glossary']);
  });

  it('is a stable reordering that loses nothing (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string(), type: fc.constantFrom('Article', 'Glossary', 'Section', undefined) })), fc.string(), (rows, query) => {
        const hits = rows.map((r, i) => ({ hit: i, ...r }));
        const ranked = rankHits(query, hits);
        expect([...ranked].sort((a, b) => a - b)).toEqual(hits.map((h) => h.hit));
      }),
    );
  });
});
