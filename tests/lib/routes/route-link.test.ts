/** Route links: encoding and decoding, the length budget, and what a damaged, oversized or foreign link gets. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRoute, encodeRoute, LINK_VERSION, MAX_CODE_LENGTH, routePath, type Route } from '../../../src/lib/routes/route-link';
import { checksum16, fromBase64Url, pushVarint, toBase64Url } from '../../../src/lib/routes/packing';
import { MAX_NAME, MAX_NOTE, MAX_STOPS } from '../../../src/lib/routes/schemas';
import { withBase } from '../../../src/lib/atlas/urls';

const two = (n: number) => String(n).padStart(2, '0');
const anyNumber = fc
  .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
  .map(([v, c, s, a]) => `${v}.${two(c)}.${two(s)}.${two(a)}`);
const anyText = (max: number, breaks: boolean) =>
  fc.string({ unit: 'grapheme', maxLength: max }).map((t) => t.replace(breaks ? /[\u0000-\u0009\u000b-\u001f\u007f]/g : /[\u0000-\u001f\u007f]/g, ' ').slice(0, max)).filter((t) => t.isWellFormed() && t.length <= max);
const anyRoute: fc.Arbitrary<Route> = fc.record({
  name: anyText(MAX_NAME, false),
  note: anyText(MAX_NOTE, true),
  stops: fc.uniqueArray(anyNumber, { minLength: 1, maxLength: MAX_STOPS }),
});
/** A route of `count` stops spread over the chapter's six sections. */
const chapterRoute = (count: number, name = '', note = ''): Route => ({
  name,
  note,
  stops: Array.from({ length: count }, (_, i) => `5.03.${two((i % 6) + 1)}.${two(Math.floor(i / 6) + 1)}`),
});
const rebuild = (bytes: number[]) => {
  const sum = checksum16(Uint8Array.from([LINK_VERSION.charCodeAt(0), ...bytes]));
  return LINK_VERSION + toBase64Url(Uint8Array.from([...bytes, sum >> 8, sum & 255]));
};

describe('encodeRoute and decodeRoute', () => {
  it('gives back every valid route it encodes', () => {
    fc.assert(fc.property(anyRoute, (route) => {
      expect(decodeRoute(encodeRoute(route))).toEqual({ ok: true, route });
    }), { numRuns: 500 });
  });

  it('keeps every valid route under the length it refuses, and writes only base64url after the version', () => {
    fc.assert(
      fc.property(anyRoute, (route) => {
        const code = encodeRoute(route);
        expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
        expect(code).toMatch(/^1[A-Za-z0-9_-]+$/);
      }),
    );
    // The longest route there can be: every stop in another chapter, three-byte characters to the limits.
    const longest: Route = { name: '語'.repeat(MAX_NAME), note: '語'.repeat(MAX_NOTE), stops: Array.from({ length: MAX_STOPS }, (_, i) => `999.${two(99 - i)}.99.99`) };
    expect(encodeRoute(longest).length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
    expect(decodeRoute(encodeRoute(longest))).toEqual({ ok: true, route: longest });
  });

  it.each([
    ['30 stops, no name', chapterRoute(30), 300],
    ['30 stops and a 40-character name', chapterRoute(30, 'Onboarding week one: the good customers'), 300],
    ['30 stops, a full name and a 50-character note', chapterRoute(30, 'N'.repeat(MAX_NAME), 'Read one stop a day; bring a question on Friday.'), 300],
  ])('makes a site link for %s under %i characters, even under a sub-path', (_name, route, limit) => {
    const path = withBase('/customer-atlas/', routePath(encodeRoute(route)));
    expect(path.length).toBeLessThan(limit);
  });

  it('makes a 30-stop link with a full note about 480 characters longer at most (the budget is for stops and a short name)', () => {
    const full = encodeRoute(chapterRoute(30, 'N'.repeat(MAX_NAME), 'n'.repeat(MAX_NOTE))).length;
    expect(full).toBeLessThan(300 + 480);
  });

  it('changes the link when any stop moves', () => {
    const route = chapterRoute(5);
    const swapped = { ...route, stops: [route.stops[1]!, route.stops[0]!, ...route.stops.slice(2)] };
    expect(encodeRoute(swapped)).not.toBe(encodeRoute(route));
  });
});

const sample = encodeRoute(chapterRoute(5, 'First week', 'Read these before Friday.'));
describe('decodeRoute refuses what it cannot trust', () => {
  it.each<[string, unknown, string, RegExp]>([
    ['nothing', '', 'empty', /^This route link has no route in it\./],
    ['a number', 42, 'empty', /no route in it/],
    ['an oversized link', `1${'A'.repeat(MAX_CODE_LENGTH)}`, 'too-long', /^This route link is too long \(over 2,000 characters\), so it was not opened\./],
    ['a newer format', `2${sample.slice(1)}`, 'version', /made in another version of the site \(link format “2”; this site reads format “1”\)/],
    ['a strange first character', `~${sample.slice(1)}`, 'damaged', /^This route link is damaged: it does not start the way a route link starts\./],
    ['characters outside base64url', `${sample.slice(0, 5)}*${sample.slice(6)}`, 'damaged', /damaged: its characters do not spell a route \(one was changed, added or lost\)/],
    ['a link cut to its version', '1A', 'damaged', /damaged: it is cut short|do not spell a route/],
    ['a changed character', `${sample.slice(0, 8)}${sample[8] === 'A' ? 'B' : 'A'}${sample.slice(9)}`, 'damaged', /damaged: part of it was changed or cut off/],
    ['a cut-off link', sample.slice(0, -3), 'damaged', /damaged: /],
    ['a repeated stop', rebuild([2, 5, 5, 3, 1, 4, 1, 0, 0]), 'damaged', /damaged: stops: hold the same article more than once/],
    ['no stops', rebuild([0, 0, 0]), 'damaged', /damaged: stops: must have at least 1 items/],
    ['more stops claimed than held', rebuild([9, 5, 5, 3, 1, 0, 0]), 'damaged', /damaged: it claims more stops than it holds/],
    ['a first stop with no chapter', rebuild([1, 4, 1, 0, 0]), 'damaged', /damaged: its first stop has no chapter/],
    ['extra bytes', rebuild([1, 5, 5, 3, 1, 0, 0, 7]), 'damaged', /damaged: it has extra data at the end/],
    ['a name that is not UTF-8', rebuild([1, 5, 5, 3, 1, 2, 0xc3, 0x28, 0]), 'damaged', /damaged: its name or note is not valid text/],
    ['a name with a line break', rebuild([1, 5, 5, 3, 1, 3, 0x61, 0x0a, 0x62, 0]), 'damaged', /damaged: name: holds characters a name cannot have/],
    ['a volume of 0', rebuild([1, 5, 0, 3, 1, 0, 0]), 'damaged', /damaged: stops → 0: is not an article number like 5.03.02.01/],
  ])('%s', (_name, code, problem, message) => {
    const result = decodeRoute(code);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe(problem);
      expect(result.message).toMatch(message);
    }
  });

  it('names the articles this site does not have', () => {
    const known = new Set(chapterRoute(5).stops.slice(0, 4));
    expect(decodeRoute(sample, known)).toEqual({
      ok: false,
      problem: 'unknown-article',
      message: 'This route link names an article this site does not have (5.03.05.01). It may come from another edition of the atlas: ask for a new link.',
    });
    expect(decodeRoute(sample, new Set(chapterRoute(5).stops)).ok).toBe(true);
  });

  it('never throws on tampered links, and never opens one with a changed character', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~.%'), (at, char) => {
        const i = 1 + (at % (sample.length - 1));
        if (sample[i] === char) return;
        const tampered = sample.slice(0, i) + char + sample.slice(i + 1);
        const result = decodeRoute(tampered);
        // A changed last character can leave the bytes alone (its low bits are padding): then the route is the same.
        if (result.ok) expect(result.route).toEqual(chapterRoute(5, 'First week', 'Read these before Friday.'));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 3000 }), (text) => void decodeRoute(text)));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => void decodeRoute(LINK_VERSION + toBase64Url(bytes))));
  });
});

describe('packing', () => {
  it('round-trips bytes through base64url and refuses a second spelling of them', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
      expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    }));
    expect(toBase64Url(Uint8Array.from([0xff]))).toBe('_w');
    expect(fromBase64Url('_x')).toBeNull();
    expect(fromBase64Url('A')).toBeNull();
  });

  it.each([
    [0, [0]],
    [127, [127]],
    [128, [0x80, 1]],
    [300, [0xac, 2]],
  ])('writes %i as the varint %j', (value, bytes) => {
    const out: number[] = [];
    pushVarint(out, value);
    expect(out).toEqual(bytes);
  });
});
