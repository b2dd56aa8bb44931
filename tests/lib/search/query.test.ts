import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleNumberQuery, isActive, readSearchParams, resultMessage, writeSearchParams } from '../../../src/lib/search/query';

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

describe('article numbers', () => {
  it.each([
    ['5.03.01.04', '5.03.01.04'],
    ['5.030104', '5.03.01.04'],
    ['bag of wind', null],
  ])('%s asks for %s', (query, number) => expect(articleNumberQuery(query)).toBe(number));
});

describe('messages', () => {
  it.each([
    [3, { query: 'veto', filters: {} }, '3 results for “veto”.'],
    [1, { query: 'veto', filters: {} }, '1 result for “veto”.'],
    [0, { query: 'xyzzy', filters: {} }, 'No results for “xyzzy”. Try fewer or different words.'],
    [0, { query: 'veto', filters: { type: 'Glossary' } }, 'No results for “veto” with these filters. Try fewer or different words, or remove a filter.'],
    [17, { query: '', filters: { type: 'Glossary' } }, '17 results with these filters.'],
  ])('announces %i results', (count, state, message) => expect(resultMessage(count, state)).toBe(message));
});
