import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextTheme, pathInSite, siteArea, storedTheme, THEMES } from '../../../src/lib/site/site-area';

describe('siteArea', () => {
  it.each([
    ['', 'atlas'],
    ['chapters/customers/', 'atlas'],
    ['sections/customer-concepts/', 'atlas'],
    ['sections/customer-concepts/print/', 'atlas'],
    ['articles/unqualify-fast/', 'atlas'],
    ['worksheets/', 'worksheets'],
    ['worksheets/customer-type-quiz/', 'worksheets'],
    ['glossary/', 'glossary'],
    ['glossary/bag-of-wind/', 'glossary'],
    ['team/', 'team'],
    ['search/', null],
    ['404/', null],
    ['glossaryish/', null],
  ])('%s belongs to %s', (path, area) => {
    expect(siteArea(path)).toBe(area);
  });
});

describe('pathInSite', () => {
  it.each([
    ['/glossary/', '/', 'glossary/'],
    ['/atlas/glossary/', '/atlas/', 'glossary/'],
    ['/atlas/glossary/', '/atlas', 'glossary/'],
    ['/atlas/', '/atlas/', ''],
  ])('%s under base %s is %s', (pathname, base, path) => {
    expect(pathInSite(pathname, base)).toBe(path);
  });

  it('gives the same area under any base', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}$/), fc.constantFrom('', 'glossary/x/', 'worksheets/', 'articles/a/'), (dir, path) => {
        expect(siteArea(pathInSite(`/${dir}/${path}`, `/${dir}/`))).toBe(siteArea(path));
      }),
    );
  });
});

describe('themes', () => {
  it.each([
    ['system', 'light'],
    ['light', 'dark'],
    ['dark', 'system'],
  ] as const)('%s is followed by %s', (from, to) => {
    expect(nextTheme(from)).toBe(to);
  });

  it('comes back to the start after one press per theme', () => {
    fc.assert(fc.property(fc.constantFrom(...THEMES), (start) => {
      let theme: (typeof THEMES)[number] = start;
      for (let i = 0; i < THEMES.length; i++) theme = nextTheme(theme);
      expect(theme).toBe(start);
    }));
  });

  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    [null, 'system'],
    ['', 'system'],
    ['Dark', 'system'],
  ] as const)('a stored %s means %s', (value, theme) => {
    expect(storedTheme(value)).toBe(theme);
  });
});
