import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../../src/lib/atlas/atlas';
import { sectionHue } from '../../../src/lib/atlas/section-hue';
import { searchPlaces } from '../../../src/lib/search/place-list';
import { asksForPlaces, matchPlaces, parsePlaces, placesMessage, type Place } from '../../../src/lib/search/places';
import { words } from '../../../src/lib/search/words';
import { atlasInput } from '../atlas/fixtures';

/** The fixture atlas with names to search: chapter "Customers", sections "Customer Concepts" and "Pricing Customers". */
function atlas() {
  const input = atlasInput();
  input.chapters[0]!.data.title = 'Customers';
  input.sections.find((s) => s.id === 'a')!.data.title = 'Customer Concepts';
  input.sections.find((s) => s.id === 'b')!.data.title = 'Pricing Customers';
  return buildAtlas(input);
}
const places = searchPlaces(atlas(), (path) => `/atlas/${path}`);
const titles = (list: readonly Place[]) => list.map((p) => p.title);

describe('searchPlaces', () => {
  it('lists each chapter before its sections in atlas order, then the worksheets, with links under the base', () => {
    expect(places.map((p) => [p.kind, p.number, p.title, p.href, p.within])).toEqual([
      ['Chapter', '5.03', 'Customers', '/atlas/chapters/customers/', 'Sales'],
      ['Section', '5.03.01', 'Customer Concepts', '/atlas/sections/a/', 'Customers'],
      ['Section', '5.03.02', 'Pricing Customers', '/atlas/sections/b/', 'Customers'],
      ['Worksheet', '', 'Customer type quiz', '/atlas/worksheets/customer-type-quiz/', 'Worksheets'],
      ['Worksheet', '', 'Ideal-customer checklist', '/atlas/worksheets/ideal-customer-checklist/', 'Worksheets'],
      ['Worksheet', '', 'Customer value worksheet', '/atlas/worksheets/customer-value/', 'Worksheets'],
    ]);
  });

  it("gives a section its own hue and a chapter its first section's", () => {
    const a = atlas().sections.get('a')!;
    expect(places[0]!.hue).toBe(sectionHue(a));
    expect(places[1]!.hue).toBe(sectionHue(a));
    expect(places[3]!.hue).toBeUndefined();
  });
});

describe('matchPlaces', () => {
  it.each([
    // A name that starts with the letter comes first, chapters before sections before worksheets.
    ['c', ['Customers', 'Customer Concepts', 'Customer type quiz', 'Customer value worksheet', 'Pricing Customers'], 6],
    ['C', ['Customers', 'Customer Concepts', 'Customer type quiz', 'Customer value worksheet', 'Pricing Customers'], 6],
    ['p', ['Pricing Customers'], 1],
    ['i', ['Ideal-customer checklist'], 1],
    ['w', ['Customer value worksheet'], 1],
    // A number prefix finds the numbered places only.
    ['5', ['Customers', 'Customer Concepts', 'Pricing Customers'], 3],
    ['x', [], 0],
    ['', [], 0],
    [' ', [], 0],
  ])('%j → %j (%i in all)', (query, expected, total) => {
    const found = matchPlaces(query, places, 5);
    expect(titles(found.places)).toEqual(expected);
    expect(found.total).toBe(total);
  });

  it('keeps to the limit and still counts every match', () => {
    expect(matchPlaces('c', places, 2)).toEqual({ places: places.slice(0, 2), total: 6 });
    expect(matchPlaces('c', places, 0)).toEqual({ places: [], total: 6 });
  });

  it('returns only places a word or the number of which starts with the prefix, at most `limit`, first words first', () => {
    const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
    const title = fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const place = fc.record({ kind: fc.constantFrom('Chapter' as const, 'Section' as const, 'Worksheet' as const), number: fc.stringMatching(/^\d(\.\d\d){0,2}$/), title, summary: fc.constant(''), href: fc.constant('/x/'), within: fc.constant('') });
    fc.assert(
      fc.property(fc.array(place, { maxLength: 30 }), letters, fc.integer({ min: 0, max: 8 }), (list, prefix, limit) => {
        const found = matchPlaces(prefix, list, limit);
        const starts = (p: Place) => words(p.title).some((w) => w.startsWith(prefix)) || p.number.startsWith(prefix);
        expect(found.places.length).toBeLessThanOrEqual(limit);
        expect(found.total).toBe(list.filter(starts).length);
        expect(found.places.every(starts)).toBe(true);
        const first = found.places.map((p) => words(p.title)[0]!.startsWith(prefix));
        expect(first).toEqual([...first].sort((a, b) => Number(b) - Number(a)));
      }),
    );
  });
});

describe('asksForPlaces', () => {
  it.each([
    ['p', true],
    [' p ', true],
    ['5', true],
    ['pr', false],
    ['p q', false],
    ['', false],
    ['.', false],
  ])('%j: %s', (query, expected) => expect(asksForPlaces(query)).toBe(expected));
});

describe('parsePlaces', () => {
  it('reads what searchPlaces writes', () => {
    expect(parsePlaces(JSON.parse(JSON.stringify(places)))).toEqual(places);
  });

  it('leaves out rows of the wrong shape and reads nothing from a file that is not a list', () => {
    const good = { kind: 'Section', number: '5.03.01', title: 'A', summary: 'S', href: '/a/', within: 'C', hue: 40 };
    expect(parsePlaces([good, { ...good, kind: 'Article' }, { ...good, title: '' }, { ...good, href: 3 }, null, 'x', { ...good, hue: 'red' }])).toEqual([good, { ...good, hue: undefined }]);
    expect(parsePlaces({ places: [good] })).toEqual([]);
  });
});

describe('placesMessage', () => {
  it.each([
    [6, 'c', 'Chapters, sections and worksheets starting with “c”: 6. Type a second letter to search every page.'],
    [1, ' p', 'Chapters, sections and worksheets starting with “p”: 1. Type a second letter to search every page.'],
    [0, 'x', 'No chapter, section or worksheet starts with “x”. Type a second letter to search every page.'],
  ])('%i for %j', (total, query, message) => expect(placesMessage(total, query)).toBe(message));
});
