import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitPrecache, leftOutReport, precacheRank, precacheRanks, type PrecacheFile } from '../../../src/lib/site/precache-shape';

const chapter = ['articles/a/', 'sections/s/'];
const rankOf = (url: string) => precacheRank(url, chapter);

describe('precacheRank', () => {
  it.each([
    ['index.html', 'shell'],
    ['404.html', 'shell'],
    ['search/index.html', 'shell'],
    ['offline/index.html', 'shell'],
    ['_astro/page.Ab12.js', 'shell'],
    ['pagefind/pagefind.js', 'shell'],
    ['pagefind/pagefind-entry.json', 'shell'],
    ['pagefind/wasm.en.pagefind', 'shell'],
    ['articles/a/index.html', 'chapter'],
    ['sections/s/index.html', 'chapter'],
    ['articles/b/index.html', 'shell'],
    ['pagefind/index/en_1.pf_index', 'search index'],
    ['pagefind/filter/en_2.pf_filter', 'search index'],
    ['pagefind/en_3.pf_meta', 'search index'],
    ['glossary/index.html', 'more pages'],
    ['worksheets/customer-value/index.html', 'shell'],
    ['routes/index.html', 'more pages'],
    ['progress/index.html', 'more pages'],
    ['reading-order.json', 'shell'],
    ['pagefind/fragment/en_4.pf_fragment', 'search excerpts'],
  ])('%s is %s', (url, rank) => {
    expect(rankOf(url)).toBe(rank);
  });
});

const f = (url: string, size: number): PrecacheFile => ({ url, size });

describe('fitPrecache', () => {
  const files = [f('index.html', 40), f('articles/a/index.html', 30), f('pagefind/index/x', 20), f('glossary/index.html', 10), f('pagefind/fragment/y', 5), f('pagefind/fragment/z', 1)];
  it.each([
    [1000, ['index.html', 'articles/a/index.html', 'pagefind/index/x', 'glossary/index.html', 'pagefind/fragment/y', 'pagefind/fragment/z'], []],
    [100, ['index.html', 'articles/a/index.html', 'pagefind/index/x', 'pagefind/fragment/y', 'pagefind/fragment/z'], ['glossary/index.html']],
    [93, ['index.html', 'articles/a/index.html', 'pagefind/index/x', 'pagefind/fragment/z'], ['glossary/index.html', 'pagefind/fragment/y']],
    [75, ['index.html', 'articles/a/index.html', 'pagefind/fragment/z'], ['pagefind/index/x', 'glossary/index.html', 'pagefind/fragment/y']],
    [10, ['index.html'], ['articles/a/index.html', 'pagefind/index/x', 'glossary/index.html', 'pagefind/fragment/y', 'pagefind/fragment/z']],
  ])('within %i bytes keeps the most needed files', (max, kept, leftOut) => {
    const fit = fitPrecache(files, max, rankOf);
    expect(fit.kept.map((x) => x.url)).toEqual(kept);
    expect(fit.leftOut.map((x) => x.url)).toEqual(leftOut);
  });

  it('keeps the shell even when it alone is over the budget, and says how big it is', () => {
    const fit = fitPrecache([f('index.html', 500), f('glossary/index.html', 1)], 100, rankOf);
    expect(fit.kept.map((x) => x.url)).toEqual(['index.html']);
    expect(fit.keptBytes).toBe(500);
  });

  it('never goes over the budget beyond the shell, loses no file and keeps every rank it can', () => {
    const url = fc.constantFrom('index.html', '_astro/a.js', 'articles/a/index.html', 'articles/c/index.html', 'pagefind/index/i', 'glossary/index.html', 'pagefind/fragment/q');
    fc.assert(
      fc.property(fc.array(fc.record({ url, size: fc.nat(1000) }), { maxLength: 30 }), fc.nat(5000), (list, max) => {
        const fit = fitPrecache(list, max, rankOf);
        const shell = list.filter((x) => rankOf(x.url) === 'shell').reduce((s, x) => s + x.size, 0);
        expect(fit.keptBytes).toBeLessThanOrEqual(Math.max(max, shell));
        expect(fit.kept.length + fit.leftOut.length).toBe(list.length);
        expect(fit.keptBytes + fit.leftOutBytes).toBe(list.reduce((s, x) => s + x.size, 0));
        // Nothing left out would still have fitted.
        for (const x of fit.leftOut) expect(fit.keptBytes + x.size).toBeGreaterThan(max);
        if (list.reduce((s, x) => s + x.size, 0) <= max) expect(fit.leftOut).toEqual([]);
      }),
    );
  });
});

describe('leftOutReport', () => {
  it('says nothing when nothing was left out', () => {
    expect(leftOutReport([], rankOf, 3 * 1024 * 1024)).toBeNull();
  });
  it('names each rank left out with its files and size', () => {
    const left = [f('pagefind/fragment/y', 2048), f('pagefind/fragment/z', 1024), f('glossary/index.html', 10240)];
    expect(leftOutReport(left, rankOf, 3 * 1024 * 1024)).toBe('precache kept within 3072 KB; left out, cached when first used: search excerpts: 2 files (3 KB); more pages: 1 file (10 KB)');
  });
  it('orders the report by rank', () => {
    expect(precacheRanks).toEqual(['shell', 'chapter', 'search index', 'search excerpts', 'more pages']);
  });
});
