import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markText, matchRanges } from '../../../src/lib/search/highlight';
import { bestPassage, excerptAround, tokens } from '../../../src/lib/search/passage';
import { STOP_WORDS, normalizeWord, stem } from '../../../src/lib/search/words';

/** The marked pieces of a text, e.g. ["bag of wind"]. */
const marked = (text: string, query: string) => markText(text, query).filter((s) => s.mark).map((s) => s.text);

describe('markText', () => {
  it.each([
    ['often offering of', 'of', []],
    ['Often the bag of wind is offering help.', 'bag of wind', ['bag of wind']],
    ['Bags, and a windy bag.', 'bag of wind', ['Bags', 'bag']],
    ['Tire kickers kick tires.', 'tire kicker', ['Tire kickers', 'tires']],
    ['A high-quality customer; customers.', 'quality customer', ['quality customer', 'customers']],
    ['Customary customs', 'custom', ['customs']],
    ['The value of a customer', 'the', []],
    ['Lifetime value: valued, values.', 'lifetime value', ['Lifetime value', 'valued', 'values']],
    ['vetoes, veto; vetoed', 'veto', ['vetoes', 'veto', 'vetoed']],
    ['Tire kickers kick', 'kick', ['kick']],
    ['nothing here', '', []],
  ])('%j for %j marks %j', (text, query, expected) => expect(marked(text, query)).toEqual(expected));

  const word = fc.constantFrom('bag', 'bags', 'of', 'wind', 'windy', 'often', 'the', 'offering', 'customer', 'customers', 'a', 'And');
  const sep = fc.constantFrom(' ', ', ', '. ', ' — ', '-', ': ');
  const text = fc.array(fc.tuple(word, sep), { maxLength: 20 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
  const query = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

  it('gives the text back whole, with marks only on whole words (property)', () => {
    fc.assert(
      fc.property(text, query, (t, q) => {
        const segments = markText(t, q);
        expect(segments.map((s) => s.text).join('')).toBe(t);
        let at = 0;
        for (const s of segments) {
          if (s.mark) {
            // Never a prefix inside a word: the characters either side are not letters or digits.
            expect(/[\p{L}\p{N}]/u.test(t[at - 1] ?? ' ')).toBe(false);
            expect(/[\p{L}\p{N}]/u.test(t[at + s.text.length] ?? ' ')).toBe(false);
          }
          at += s.text.length;
        }
      }),
    );
  });

  it('never marks a stop word on its own, and marks only query words or their forms (property)', () => {
    fc.assert(
      fc.property(text, query, (t, q) => {
        const stems = new Set(q.split(' ').map(stem));
        for (const piece of marked(t, q)) {
          const inside = piece.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(normalizeWord);
          if (inside.length === 1) {
            expect(STOP_WORDS.has(inside[0]!)).toBe(false);
            expect(stems.has(stem(inside[0]!))).toBe(true);
          }
        }
      }),
    );
  });

  it('merges overlapping and neighbouring matches into sorted, disjoint ranges (property)', () => {
    fc.assert(
      fc.property(text, query, (t, q) => {
        const ranges = matchRanges(t, q);
        ranges.forEach(([s, e], i) => {
          expect(e).toBeGreaterThan(s);
          if (i > 0) expect(t.slice(ranges[i - 1]![1], s)).toMatch(/\S/);
        });
      }),
    );
  });
});

describe('bestPassage and excerptAround', () => {
  // Word positions count whitespace tokens, as Pagefind's anchors do.
  const page = [
    'What Is a Customer? Six Types From the bag of money to the bag of wind.', // 0..14
    'Inside the account The external customer holds the money.', // 15..23
    'The bag of wind Some contacts have no say. Do not brush a bag of wind aside.', // 24..
    'Key points The bag of money decides.',
  ].join(' ');
  const at = (word: string, from = 0) => tokens(page).findIndex((t, i) => i >= from && t.startsWith(word));
  const headings = [
    { title: 'Inside the account', id: 'inside-the-account', location: at('Inside') },
    { title: 'The external customer', id: 'the-external-customer', location: at('The', at('account')) },
    { title: 'The bag of wind', id: 'the-bag-of-wind', location: at('The', at('money.') + 1) },
    { title: 'Key points', id: 'key-points', location: at('Key') },
  ];

  it('lands on the heading that names the phrase, centred on the phrase in its text', () => {
    const passage = bestPassage(page, headings, 'bag of wind');
    expect(passage.heading?.id).toBe('the-bag-of-wind');
    expect(tokens(page).slice(passage.at, passage.at + 3).join(' ')).toBe('bag of wind');
    expect(passage.at).toBeGreaterThan(at('brush'));
  });

  it.each([
    ['external customer', 'the-external-customer'],
    ['holds money', 'the-external-customer'],
    ['money', undefined],
    ['qwerty', undefined],
  ])('%j lands on %j', (query, id) => expect(bestPassage(page, headings, query).heading?.id).toBe(id));

  it('centres the excerpt on the match, with an ellipsis where text was cut', () => {
    const text = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(excerptAround(text, 50, 1, 5)).toBe('… w48 w49 w50 w51 w52 …');
    expect(excerptAround(text, 0, 1, 5)).toBe('w0 w1 w2 w3 w4 …');
    expect(excerptAround(text, 99, 1, 5)).toBe('… w95 w96 w97 w98 w99');
    expect(excerptAround('short text', 1, 1, 5)).toBe('short text');
  });

  it('always holds the match in the excerpt (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 }), (n, pick, length, size) => {
        const text = Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
        const at = pick % n;
        const excerpt = tokens(excerptAround(text, at, Math.min(length, n - at), size)).filter((t) => t !== '…');
        expect(excerpt).toContain(`w${at}`);
        expect(excerpt.length).toBe(Math.min(n, size));
      }),
    );
  });
});
