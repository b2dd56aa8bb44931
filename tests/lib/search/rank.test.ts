import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeHits, phraseMatch, rankHits, resultsToLoad, searchPlan, searchableQuery, waitsToSettle } from '../../../src/lib/search/rank';
import { STOP_WORDS, contentWords, isStopWord, stem } from '../../../src/lib/search/words';

describe('searchableQuery', () => {
  it.each([
    ['contract t', 'contract', 'contract t'],
    ['contract te', 'contract', 'contract te'],
    ['contract ter', 'contract ter', 'contract ter'],
    ['c', '', 'c'],
    ['co', 'co', 'co'],
    ['  bag of  wind ', 'bag of wind', 'bag of wind'],
    ['bag of w', 'bag of', 'bag of w'],
    ['sales hr', 'sales', 'sales hr'],
    ['', '', ''],
  ])('%j is searched as %j while typing, %j once settled', (typed, sent, settled) => {
    expect(searchableQuery(typed)).toBe(sent);
    expect(searchableQuery(typed, true)).toBe(settled);
    expect(waitsToSettle(typed)).toBe(sent !== settled);
  });
});

describe('searchPlan', () => {
  it.each([
    ['bag of wind', { number: null, words: 'bag wind', phrase: '"bag of wind"' }],
    ['veto', { number: null, words: 'veto', phrase: null }],
    ['Lifetime, Value', { number: null, words: 'lifetime value', phrase: '"lifetime value"' }],
    ['the of', { number: null, words: 'the', phrase: null }],
    ['5.03.01.04', { number: '5.03.01.04', words: '5.03.01.04', phrase: null }],
    ['5.030104', { number: '5.03.01.04', words: '5.030104', phrase: null }],
    ['bag of w', { number: null, words: 'bag', phrase: null }],
    ['renewal for', { number: null, words: 'renewal', phrase: null }],
    ['bag of win', { number: null, words: 'bag win', phrase: '"bag of win"' }],
  ])('%j → %j', (query, plan) => expect(searchPlan(query)).toEqual(plan));

  it.each([
    ['sales hr', { number: null, words: 'sales hr', phrase: '"sales hr"' }],
    ['renewal for', { number: null, words: 'renewal', phrase: '"renewal for"' }],
  ])('%j, settled → %j', (query, plan) => expect(searchPlan(query, true)).toEqual(plan));

  it.each([
    ['pr', 5, 3],
    ['pri', 5, 5],
    ['', 20, 3],
    ['bag of wind', 20, 20],
    ['ab', 2, 2],
  ])('resultsToLoad(%j, %i) = %i', (query, limit, n) => expect(resultsToLoad(query, limit)).toBe(n));

  it('never sends a stop word to the plain search when the query has a content word (property)', () => {
    const word = fc.constantFrom('bag', 'wind', 'customer', 'value', ...STOP_WORDS);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (list) => {
        const plan = searchPlan(list.join(' '));
        const sent = plan.words.split(' ');
        if (list.some((w) => !isStopWord(w))) expect(sent.filter(isStopWord)).toEqual([]);
      }),
    );
  });
});

describe('words and stems', () => {
  it.each([
    ['kickers', 'kicker'],
    ['Kicker', 'kicker'],
    ['pricing', 'pric'],
    ['priced', 'pric'],
    ['values', 'valu'],
    ['customers', 'customer'],
    ['boxes', 'box'],
    ['needed', 'need'],
    ['analysis', 'analysis'],
    ['5.03', '503'],
  ])('stem(%j) = %j', (word, stemmed) => expect(stem(word)).toBe(stemmed));

  it.each([
    ['bag of wind', ['bag', 'wind']],
    ['The Customer and the Supplier', ['customer', 'supplier']],
    ['of the', []],
  ])('contentWords(%j) = %j', (query, list) => expect(contentWords(query)).toEqual(list));
});

describe('phraseMatch', () => {
  it.each([
    ['bag of wind', 'The bag of wind talks a lot.', 2],
    ['bag of wind', 'Wind fills the bag of sand.', 1],
    ['bag of wind', 'Bags and winds', 1],
    ['bag of wind', 'A bag of money.', 0],
    ['bag of wind', 'Of course, of all of them.', 0],
    ['Bag, of WIND', 'the bag of wind', 2],
    ['the', 'the the the', 0],
    ['', 'anything', 0],
  ])('phraseMatch(%j, %j) = %i', (query, text, score) => expect(phraseMatch(query, text)).toBe(score));
});

describe('rankHits', () => {
  const hits = [
    { hit: 'only stop words', text: 'one of the best of all, of course', type: 'Article' },
    { hit: 'scattered article', text: 'wind and a bag of tricks', type: 'Article' },
    { hit: 'phrase glossary', text: 'bag of wind: a talker', type: 'Glossary' },
    { hit: 'phrase article', text: 'meet the bag of wind', type: 'Article' },
    { hit: 'phrase by index', text: 'the words are far apart: bag … wind', type: 'Article', phrase: true },
  ];

  it('puts whole-phrase pages first (articles before definitions), then all content words, then the rest', () => {
    expect(rankHits('bag of wind', hits)).toEqual(['phrase article', 'phrase by index', 'phrase glossary', 'scattered article', 'only stop words']);
  });

  it('keeps the given order among equals', () => {
    expect(rankHits('veto', [hits[2]!, hits[1]!])).toEqual(['scattered article', 'phrase glossary']);
  });

  it('never lets stop words lift a page above one with the content words (property)', () => {
    const stop = fc.constantFrom(...STOP_WORDS);
    const filler = fc.constantFrom('pipeline', 'quarter', 'renewal', 'team');
    fc.assert(
      fc.property(
        fc.array(stop, { minLength: 1, maxLength: 3 }),
        fc.array(stop, { minLength: 1, maxLength: 30 }),
        fc.array(filler, { maxLength: 10 }),
        fc.boolean(),
        (queryStops, pageStops, padding, contentFirst) => {
          const query = `budget ${queryStops.join(' ')} holder`;
          const content = { hit: 'content', text: [...padding, 'holder', ...padding, 'budget'].join(' '), type: 'Glossary' };
          const stops = { hit: 'stops', text: [...pageStops, ...padding].join(' '), type: 'Article' };
          const ranked = rankHits(query, contentFirst ? [content, stops] : [stops, content]);
          expect(ranked[0]).toBe('content');
        },
      ),
    );
  });

  it('is a stable reordering that loses nothing (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ text: fc.string(), type: fc.constantFrom('Article', 'Glossary', 'Section', undefined) })), fc.string(), (rows, query) => {
        const list = rows.map((r, i) => ({ hit: i, ...r }));
        expect([...rankHits(query, list)].sort((a, b) => a - b)).toEqual(list.map((h) => h.hit));
      }),
    );
  });
});

describe('mergeHits', () => {
  const h = (id: string) => ({ id });
  it('puts the number first, then phrase pages in the plain search order, then the rest, each once', () => {
    const merged = mergeHits({ number: [h('n')], phrase: [h('quiz'), h('x'), h('six')], words: [h('glossary'), h('six'), h('quiz'), h('other')] });
    expect(merged.map((x) => x.id)).toEqual(['n', 'six', 'quiz', 'x', 'glossary', 'other']);
  });

  it('holds every page of every list exactly once (property)', () => {
    const ids = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });
    fc.assert(
      fc.property(ids, ids, ids, (n, p, w) => {
        const merged = mergeHits({ number: n.map(h), phrase: p.map(h), words: w.map(h) }).map((x) => x.id);
        expect(new Set(merged).size).toBe(merged.length);
        expect(new Set(merged)).toEqual(new Set([...n, ...p, ...w]));
        // Every phrase page comes before every page found only by the plain search.
        const lastPhrase = Math.max(-1, ...p.map((id) => merged.indexOf(id)));
        for (const id of w.filter((x) => !p.includes(x) && !n.includes(x))) expect(merged.indexOf(id)).toBeGreaterThan(lastPhrase);
      }),
    );
  });
});
