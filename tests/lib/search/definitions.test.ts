import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { glossarySchema } from '../../../src/lib/articles/glossary-schema';
import { definitionKey, definitionKeys, matchDefinition, parseDefinitions, type Definition } from '../../../src/lib/search/definitions';
import { searchTerms } from '../../../src/lib/search/terms';

/** The real glossary, parsed by its schema, as search-terms.json gives it to the browser. */
const glossary = (parse(readFileSync('src/content/glossary.yaml', 'utf8')) as { id: string }[]).map(({ id, ...data }) => ({ id, data: glossarySchema.parse(data) }));
const article = (id: string, title: string, number: string) => [id, { id, data: { title, number } }] as const;
const articles = new Map([
  article('what-is-a-customer-six-types', 'What Is a Customer? Six Types', '5.03.01.04'),
  article('which-customers-matter-most', 'Which Customers Matter Most?', '5.03.02.03'),
  article('tire-kickers-can-cause-flats', 'Tire Kickers Can Cause Flats', '5.03.02.06'),
]) as unknown as Parameters<typeof searchTerms>[1];
const definitions = searchTerms(glossary, articles, (path) => `/atlas/${path}`);

describe('matchDefinition', () => {
  it.each([
    ['bag of wind', 'Bag of wind'],
    ['Bag of Wind', 'Bag of wind'],
    ['bags of wind', 'Bag of wind'],
    ['a bag of wind', 'Bag of wind'],
    ['windbag', 'Bag of wind'],
    ['CLV', 'Customer lifetime value (CLV)'],
    ['clv', 'Customer lifetime value (CLV)'],
    ['customer lifetime value', 'Customer lifetime value (CLV)'],
    ['lifetime value', 'Customer lifetime value (CLV)'],
    ['tire kicker', 'Tire kicker'],
    ['tire kickers', 'Tire kicker'],
    ['tyre kicker', 'Tire kicker'],
    ['RFM', 'Recency, frequency, monetary analysis (R/F/M)'],
    ['r/f/m', 'Recency, frequency, monetary analysis (R/F/M)'],
    ['80/20 rule', '80/20 rule'],
    ['pareto principle', '80/20 rule'],
    ['what is an incumbent', 'Incumbent'],
    ['KDM', 'Key decision maker (KDM)'],
  ])('%j opens with %j', (query, term) => expect(matchDefinition(query, definitions)?.term).toBe(term));

  it.each(['bag', 'bag of', 'wind', 'bag of money talks', 'value', 'of', 'the', '', 'customer', 'kicker'])('%j opens with no definition', (query) =>
    expect(matchDefinition(query, definitions)).toBeUndefined(),
  );

  it('links the term page and the article that explains it', () => {
    const wind = matchDefinition('bag of wind', definitions)!;
    expect(wind.href).toBe('/atlas/glossary/bag-of-wind/');
    expect(wind.short).toMatch(/^A contact with little or no influence/);
    expect(wind.article).toEqual({ title: 'What Is a Customer? Six Types', number: '5.03.01.04', href: '/atlas/articles/what-is-a-customer-six-types/' });
  });

  it('finds every term by its own name, whatever the case and spacing (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...definitions), fc.boolean(), fc.constantFrom(' ', '  ', '\t'), (d, upper, space) => {
        const typed = (upper ? d.term.toUpperCase() : d.term.toLowerCase()).replace(/ /g, space);
        expect(matchDefinition(typed, definitions)?.term).toBe(d.term);
      }),
    );
  });

  it('gives every glossary entry keys that no other entry shares', () => {
    const all = definitions.flatMap((d) => d.keys);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('definitionKeys', () => {
  it.each([
    ['Customer lifetime value (CLV)', [], ['customer lifetim valu clv', 'customer lifetim valu', 'clv']],
    ['Recency, frequency, monetary analysis (R/F/M)', ['RFM analysis'], ['recency frequency monetary analysis r f m', 'rfm analysis', 'recency frequency monetary analysis', 'r f m', 'rfm']],
    ['Bag of wind', ['windbag'], ['bag of wind', 'windbag']],
  ])('%j with aliases %j', (term, aliases, keys) => expect(definitionKeys(term, aliases)).toEqual(keys));

  it('drops a leading article or question from a query', () => {
    expect(definitionKey('What is a tire kicker?')).toBe(definitionKey('tire kicker'));
    expect(definitionKey('The incumbent')).toBe('incumbent');
  });
});

describe('parseDefinitions', () => {
  it('keeps well-formed rows and drops the rest', () => {
    const good: Definition = { term: 'Ally', short: 'A helper.', href: '/glossary/ally/', keys: ['ally'], article: undefined };
    expect(parseDefinitions([good, { term: 'x' }, null, 3, { ...good, keys: 'ally' }])).toEqual([good]);
    expect(parseDefinitions({})).toEqual([]);
  });
});

describe('glossary aliases in the schema', () => {
  const base = { term: 'Ally', short: 'A helper.', explanation: 'Longer.' };
  it.each([
    [{ ...base, aliases: ['friend', 'supporter'] }, true],
    [{ ...base }, true],
    [{ ...base, aliases: ['x'] }, false],
    [{ ...base, aliases: ['Friend', 'friend'] }, false],
    [{ ...base, aliases: ['a'.repeat(61)] }, false],
  ])('%j valid: %s', (entry, ok) => expect(glossarySchema.safeParse(entry).success).toBe(ok));

  it('says what is wrong with a repeated alias', () => {
    const result = glossarySchema.safeParse({ ...base, aliases: ['Friend', 'friend'] });
    expect(result.error?.issues[0]?.message).toBe('aliases repeat a name: list each other name once');
  });
});
