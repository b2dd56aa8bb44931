import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, pageShare, robotsTxt, shareSettings } from '../../../src/lib/site/share';

describe('shareSettings', () => {
  it.each([
    [{}, { noindex: false }],
    [{ ATLAS_SITE: '' }, { noindex: false }],
    [{ ATLAS_SITE: 'https://atlas.example.com' }, { site: 'https://atlas.example.com', noindex: false }],
    [{ ATLAS_SITE: ' https://atlas.example.com/ ' }, { site: 'https://atlas.example.com', noindex: false }],
    [{ ATLAS_SITE: 'http://127.0.0.1:4321', ATLAS_NOINDEX: '1' }, { site: 'http://127.0.0.1:4321', noindex: true }],
    [{ ATLAS_NOINDEX: 'true' }, { noindex: true }],
    [{ ATLAS_NOINDEX: '0' }, { noindex: false }],
  ])('reads %j', (env, expected) => expect(shareSettings(env)).toEqual(expected));

  it.each([
    [{ ATLAS_SITE: 'atlas.example.com' }, 'ATLAS_SITE must be an address like https://atlas.example.com (got "atlas.example.com")'],
    [{ ATLAS_SITE: 'ftp://atlas.example.com' }, 'ATLAS_SITE must be an address like https://atlas.example.com (got "ftp://atlas.example.com")'],
    [{ ATLAS_SITE: 'https://example.com/atlas/' }, 'ATLAS_SITE must be the origin only, like https://atlas.example.com: put a sub-path in ATLAS_BASE (got "https://example.com/atlas/")'],
    [{ ATLAS_NOINDEX: 'yes' }, 'ATLAS_NOINDEX must be 1 (ask not to be indexed) or 0, or be left unset'],
  ])('rejects %j naming the variable and the fix', (env, message) => expect(() => shareSettings(env)).toThrow(message));
});

describe('pageShare', () => {
  it.each([
    ['', { ogType: 'website', canonicalPath: '', inSitemap: true }],
    ['articles/unqualify-fast/', { ogType: 'article', canonicalPath: 'articles/unqualify-fast/', inSitemap: true }],
    ['sections/customer-concepts/', { ogType: 'website', canonicalPath: 'sections/customer-concepts/', inSitemap: true }],
    ['sections/customer-concepts/print/', { ogType: 'website', canonicalPath: 'sections/customer-concepts/', inSitemap: false }],
    ['chapters/customers/print/', { ogType: 'website', canonicalPath: 'chapters/customers/', inSitemap: false }],
    ['progress/', { ogType: 'website', canonicalPath: 'progress/', inSitemap: false }],
    ['404', { ogType: 'website', canonicalPath: null, inSitemap: false }],
    ['404.html', { ogType: 'website', canonicalPath: null, inSitemap: false }],
    ['offline/', { ogType: 'website', canonicalPath: null, inSitemap: false }],
    ['reading-order.json', { ogType: 'website', canonicalPath: 'reading-order.json', inSitemap: false }],
    ['/glossary/clv/', { ogType: 'website', canonicalPath: 'glossary/clv/', inSitemap: true }],
  ])('%j', (path, expected) => expect(pageShare(path)).toEqual(expected));
});

describe('absoluteUrl', () => {
  it.each([
    ['https://a.example', '/', '', 'https://a.example/'],
    ['https://a.example', '/', 'articles/x/', 'https://a.example/articles/x/'],
    ['https://a.example', '/atlas/', 'articles/x/', 'https://a.example/atlas/articles/x/'],
    ['https://a.example', '/atlas', '/sitemap-index.xml', 'https://a.example/atlas/sitemap-index.xml'],
  ])('(%s, %s, %s) = %s', (site, base, path, expected) => expect(absoluteUrl(site, base, path)).toBe(expected));

  it('always stays on the site and under the base (property)', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 2 }), fc.array(segment, { maxLength: 3 }), (baseParts, pathParts) => {
        const base = `/${baseParts.map((p) => `${p}/`).join('')}`;
        const url = new URL(absoluteUrl('https://a.example', base, `${pathParts.join('/')}/`));
        return url.origin === 'https://a.example' && url.pathname.startsWith(base);
      }),
    );
  });
});

describe('robotsTxt', () => {
  it.each([
    [{ noindex: false }, '/', 'User-agent: *\nAllow: /\n'],
    [{ site: 'https://a.example', noindex: false }, '/', 'User-agent: *\nAllow: /\n\nSitemap: https://a.example/sitemap-index.xml\n'],
    [{ site: 'https://a.example', noindex: false }, '/atlas/', 'User-agent: *\nAllow: /\n\nSitemap: https://a.example/atlas/sitemap-index.xml\n'],
    [{ site: 'https://a.example', noindex: true }, '/', 'User-agent: *\nDisallow: /\n'],
    [{ noindex: true }, '/atlas/', 'User-agent: *\nDisallow: /atlas/\n'],
  ])('%j under %s', (settings, base, expected) => expect(robotsTxt(settings, base)).toBe(expected));
});
