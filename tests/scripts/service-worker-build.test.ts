/** The service worker build's choices: which chapter, which files, and the caching rules handed to workbox. */
import { describe, expect, it } from 'vitest';
import { fragmentPrecached, pickChapter, precachePatterns, serviceWorkerOptions } from '../../scripts/build-service-worker.mjs';
import { buildAtlas } from '../../src/lib/atlas/atlas';
import { chapterOfflinePages } from '../../src/lib/atlas/offline-pages';
import { pagesCacheName } from '../../src/lib/site/offline-cache';
import { atlasInput } from '../lib/atlas/fixtures';

const list = (chapter: string, number: string) => ({ chapter, number, title: chapter, pages: [`chapters/${chapter}/`] });

describe('pickChapter', () => {
  const lists = [list('later', '5.10'), list('first', '5.03'), list('other', '4.01')];
  it.each([
    [undefined, 'other'],
    ['later', 'later'],
  ])('with ATLAS_OFFLINE_CHAPTER=%s picks %s', (wanted, id) => expect(pickChapter(lists, wanted)?.chapter).toBe(id));
  it('orders numbers as numbers', () => expect(pickChapter([list('ten', '5.10'), list('nine', '5.9')], undefined)?.chapter).toBe('nine'));
  it('names the known chapters when the wanted one is missing', () => {
    expect(() => pickChapter(lists, 'nope')).toThrow('ATLAS_OFFLINE_CHAPTER=nope: no such chapter (known: later, first, other)');
  });
});

describe('precachePatterns', () => {
  it('holds the shell, the search index with only the languages in use, and every page of the chapter', () => {
    const patterns = precachePatterns(['chapters/c/', 'articles/a/'], ['en'], ['en_1.pf_fragment']);
    expect(patterns).toEqual(expect.arrayContaining(['index.html', 'glossary/**/index.html', 'worksheets/**/index.html', '_astro/**/*', 'pagefind/pagefind-entry.json', 'pagefind/index/*', 'pagefind/fragment/en_1.pf_fragment', 'offline/index.html']));
    expect(patterns).toContain('pagefind/wasm.en.pagefind');
    expect(patterns.filter((p) => p.startsWith('pagefind/wasm'))).toHaveLength(1);
    expect(patterns.slice(-2)).toEqual(['chapters/c/index.html', 'articles/a/index.html']);
    expect(patterns.some((p) => p.includes('pagefind-ui') || p.includes('downloads'))).toBe(false);
  });
});

describe('fragmentPrecached', () => {
  const chapter = ['chapters/c/', 'sections/s/', 'articles/a/'];
  it.each([
    ['/articles/a/', true],
    ['/sections/s/', true],
    ['/glossary/bag-of-wind/', true],
    ['/worksheets/customer-type-quiz/', true],
    ['/articles/elsewhere/', false],
    ['/sections/other/', false],
  ])('%s: %s', (url, expected) => expect(fragmentPrecached(url, chapter)).toBe(expected));
});

describe('serviceWorkerOptions', () => {
  it.each(['/', '/atlas/'])('under %s: no skipWaiting, Pagefind’s ?ts= ignored, hashed files not cache-busted, routes under the base', (base) => {
    const options = serviceWorkerOptions({ site: 'dist', base, patterns: [] });
    expect(options.skipWaiting).toBe(false);
    expect(options.maximumFileSizeToCacheInBytes).toBe(3 * 1024 * 1024);
    expect(options.ignoreURLParametersMatching?.some((r) => r.test('ts'))).toBe(true);
    expect(options.dontCacheBustURLsMatching?.test('_astro/BaseLayout.x1.css')).toBe(true);
    const [pages, assets, search] = options.runtimeCaching ?? [];
    expect(pages?.handler).toBe('NetworkFirst');
    expect(assets?.handler).toBe('CacheFirst');
    expect((assets?.urlPattern as RegExp).test(`https://x.test${base}_astro/a.js`)).toBe(true);
    expect((search?.urlPattern as RegExp).test(`https://x.test${base}pagefind/pagefind.js`)).toBe(true);
    for (const file of ['search-terms.json', 'search-places.json']) expect((search?.urlPattern as RegExp).test(`https://x.test${base}${file}`)).toBe(true);
    expect((search?.urlPattern as RegExp).test(`https://x.test${base}reading-order.json`)).toBe(false);
    expect(JSON.stringify(options.runtimeCaching)).toContain(`customer-atlas-pages:${base}`);
  });
});

describe('cache names', () => {
  it.each([
    ['/', 'customer-atlas-pages:/'],
    ['/atlas', 'customer-atlas-pages:/atlas/'],
    ['/atlas/', 'customer-atlas-pages:/atlas/'],
  ])('the pages cache for base %s is %s, the same for the worker and the page', (base, name) => expect(pagesCacheName(base)).toBe(name));
});

describe('chapterOfflinePages', () => {
  it('lists the chapter, then each section followed by its articles', () => {
    const atlas = buildAtlas(atlasInput());
    const pages = chapterOfflinePages(atlas.chapters.get('customers')!);
    expect(pages).toEqual({
      chapter: 'customers',
      number: '5.03',
      title: 'Customers',
      pages: ['chapters/customers/', 'sections/a/', 'articles/a1/', 'articles/a2/', 'sections/b/', 'articles/b1/'],
    });
  });
});
