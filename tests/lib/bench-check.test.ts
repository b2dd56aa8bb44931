import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBudgets, spread } from '../../bench/check.mjs';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const s = (median: number) => ({ median, min: median, max: median });
const weight = (gzip: number) => ({ raw: gzip * 3, gzip });

/** Results for one N that meet every budget; pass changes to break one. */
function passing(n = 700, htmlGzip = 5000) {
  return {
    n,
    build: { totalMs: s(10_000), msPerPage: s(14), pagefindMs: s(900), peakMemoryMb: s(600), htmlPages: 760 },
    pages: {
      home: { html: weight(60_000), frameHtml: weight(60_000), css: weight(3000), js: weight(1200), frameworkScripts: [] as string[] },
      article: { html: weight(htmlGzip), frameHtml: weight(htmlGzip / 2), css: weight(3000), js: weight(1200), frameworkScripts: [] as string[] },
      worksheet: { html: weight(6000), frameHtml: weight(6000), css: weight(4000), js: weight(20_000), frameworkScripts: ['preact.js'] },
    },
    search: { coldMs: s(120), warmMs: s(20), firstQueryBytes: 150_000, firstQueryBytesSpread: s(150_000), warmQueryBytes: 8000, planted: { first: 10, total: 10, misses: [] as string[] } },
    offline: {
      chapter: 'customers' as string | null,
      precacheBytes: 1_200_000,
      precacheFiles: 170,
      registerJsGzip: 800,
      registerAfterLoad: true,
      progressJsGzip: 900,
      progressUiBeforeInteraction: 0,
      offlineFirstQueryRequests: 0,
      offlineFirstQueryResults: 5,
    },
  };
}

describe('checkBudgets', () => {
  it('passes results within every budget', () => {
    expect(checkBudgets([passing(), passing(2000, 5100)], budgets)).toEqual([]);
  });

  it.each([
    ['article JS', (r: ReturnType<typeof passing>) => (r.pages.article.js.gzip = 4700), 'article page JavaScript besides registration and progress (gzip) at N=700: 3000 B is over the budget of 2048 B'],
    ['precache', (r: ReturnType<typeof passing>) => (r.offline.precacheBytes = 3_200_000), 'precache at N=700: 3200000 B is over the budget of 3145728 B'],
    ['registration JS', (r: ReturnType<typeof passing>) => (r.offline.registerJsGzip = 1100), 'service worker registration JavaScript (gzip) at N=700: 1100 B is over the budget of 1024 B'],
    ['progress JS', (r: ReturnType<typeof passing>) => (r.offline.progressJsGzip = 1030), 'reading progress JavaScript on an article page (gzip) at N=700: 1030 B is over the budget of 1024 B'],
    ['registration before load', (r: ReturnType<typeof passing>) => (r.offline.registerAfterLoad = false), 'article page at N=700: the service worker registration loads before the page has loaded'],
    ['progress store before interaction', (r: ReturnType<typeof passing>) => (r.offline.progressUiBeforeInteraction = 2100), 'article page at N=700: the reading progress store loads before any interaction'],
    ['offline first query', (r: ReturnType<typeof passing>) => (r.offline.offlineFirstQueryRequests = 2), 'offline search at N=700: the first query made 2 network request(s) and showed 5 result(s); budget 0 requests'],
    ['framework JS on an article', (r: ReturnType<typeof passing>) => (r.pages.article.frameworkScripts = ['/_astro/preact.js']), 'article page at N=700: loads framework JavaScript (/_astro/preact.js)'],
    ['article HTML', (r: ReturnType<typeof passing>) => (r.pages.article.html.gzip = 9000), 'article page HTML (gzip) at N=700: 9000 B is over the budget of 8192 B'],
    ['worksheet JS', (r: ReturnType<typeof passing>) => (r.pages.worksheet.js.gzip = 30_800), 'worksheet page JavaScript besides registration (gzip) at N=700: 30000 B is over the budget of 25600 B'],
    ['build speed', (r: ReturnType<typeof passing>) => (r.build.msPerPage = s(31.5)), 'build time per page at N=700: 31.5 ms is over the budget of 25 ms'],
    ['memory', (r: ReturnType<typeof passing>) => (r.build.peakMemoryMb = s(1500)), 'build peak memory at N=700: 1500 MB is over the budget of 1024 MB'],
    ['cold search', (r: ReturnType<typeof passing>) => (r.search.coldMs = s(400)), 'search, cold (median) at N=700: 400 ms is over the budget of 250 ms'],
    ['warm search', (r: ReturnType<typeof passing>) => (r.search.warmMs = s(41)), 'search, warm (median) at N=700: 41 ms is over the budget of 40 ms'],
    ['first query bytes', (r: ReturnType<typeof passing>) => (r.search.firstQueryBytes = 300_000), 'bytes of the first query (median) at N=700: 300000 B is over the budget of 245760 B'],
    ['planted phrases', (r: ReturnType<typeof passing>) => (r.search.planted = { first: 8, total: 10, misses: ['"a b" → X (wanted Y)'] }), 'planted phrases found first at N=700: 8 of 10, budget 9 (missed: "a b" → X (wanted Y))'],
  ])('names a breach of %s', (_name, breakIt, message) => {
    const result = passing();
    breakIt(result);
    expect(checkBudgets([result], budgets)).toEqual([message]);
  });

  it('flags article HTML (around the text) that grows with N', () => {
    expect(checkBudgets([passing(700, 5000), passing(2000, 6000)], budgets)).toEqual([
      'article page HTML around the text grows with N: 1.2× from N=700 to N=2000 (budget 1.05×)',
    ]);
  });

  it('asks for the offline figures when they are missing', () => {
    const { offline: _gone, ...older } = passing();
    expect(checkBudgets([older as ReturnType<typeof passing>], budgets)).toEqual(['no offline figures at N=700: bench/measure-offline.mjs did not run']);
  });

  it('asks for the budget size when it was not measured', () => {
    expect(checkBudgets([passing(70)], budgets)).toEqual(['no results for N = 700: run with --sizes including 700']);
  });
});

describe('spread', () => {
  it.each([
    [[3, 1, 2], { median: 2, min: 1, max: 3 }],
    [[4, 1, 2, 3], { median: 2.5, min: 1, max: 4 }],
    [[7], { median: 7, min: 7, max: 7 }],
  ])('spread(%j)', (values, expected) => expect(spread(values)).toEqual(expected));
});
