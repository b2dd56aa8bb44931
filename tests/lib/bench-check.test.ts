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
    search: { coldMs: s(120), warmMs: s(20), firstQueryBytes: 150_000, firstQueryBytesSpread: s(150_000), warmQueryBytes: 8000, phraseExtraMs: s(6), planted: { first: 10, total: 10, misses: [] as string[] } },
  };
}

describe('checkBudgets', () => {
  it('passes results within every budget', () => {
    expect(checkBudgets([passing(), passing(2000, 5100)], budgets)).toEqual([]);
  });

  it.each([
    ['article JS', (r: ReturnType<typeof passing>) => (r.pages.article.js.gzip = 3000), 'article page JavaScript (gzip) at N=700: 3000 B is over the budget of 2048 B'],
    ['framework JS on an article', (r: ReturnType<typeof passing>) => (r.pages.article.frameworkScripts = ['/_astro/preact.js']), 'article page at N=700: loads framework JavaScript (/_astro/preact.js)'],
    ['article HTML', (r: ReturnType<typeof passing>) => (r.pages.article.html.gzip = 9000), 'article page HTML (gzip) at N=700: 9000 B is over the budget of 8192 B'],
    ['worksheet JS', (r: ReturnType<typeof passing>) => (r.pages.worksheet.js.gzip = 30_000), 'worksheet page JavaScript (gzip) at N=700: 30000 B is over the budget of 25600 B'],
    ['build speed', (r: ReturnType<typeof passing>) => (r.build.msPerPage = s(31.5)), 'build time per page at N=700: 31.5 ms is over the budget of 25 ms'],
    ['memory', (r: ReturnType<typeof passing>) => (r.build.peakMemoryMb = s(1500)), 'build peak memory at N=700: 1500 MB is over the budget of 1024 MB'],
    ['cold search', (r: ReturnType<typeof passing>) => (r.search.coldMs = s(400)), 'search, cold (median) at N=700: 400 ms is over the budget of 250 ms'],
    ['warm search', (r: ReturnType<typeof passing>) => (r.search.warmMs = s(41)), 'search, warm (median) at N=700: 41 ms is over the budget of 40 ms'],
    ['first query bytes', (r: ReturnType<typeof passing>) => (r.search.firstQueryBytes = 300_000), 'bytes of the first query (median) at N=700: 300000 B is over the budget of 245760 B'],
    ['planted phrases', (r: ReturnType<typeof passing>) => (r.search.planted = { first: 9, total: 10, misses: ['"a b" → X (wanted Y)'] }), 'planted phrases found first at N=700: 9 of 10, budget 10 (missed: "a b" → X (wanted Y))'],
    ['phrase search time', (r: ReturnType<typeof passing>) => (r.search.phraseExtraMs = s(31)), 'time the phrase search adds to a warm query (median) at N=700: 31 ms is over the budget of 30 ms'],
  ])('names a breach of %s', (_name, breakIt, message) => {
    const result = passing();
    breakIt(result);
    expect(checkBudgets([result], budgets)).toEqual([message]);
  });

  it('checks first-query bytes at N = 2000 against their own budget, when that size was measured', () => {
    const big = passing(2000, 5000);
    big.search.firstQueryBytes = 210_000;
    expect(checkBudgets([passing(), big], budgets)).toEqual(['bytes of the first query (median) at N=2000: 210000 B is over the budget of 204800 B']);
    big.search.firstQueryBytes = 204_800;
    expect(checkBudgets([passing(), big], budgets)).toEqual([]);
    expect(budgets.search.firstQueryBytesMaxAt2000).toBe(204800);
  });

  it('flags article HTML (around the text) that grows with N', () => {
    expect(checkBudgets([passing(700, 5000), passing(2000, 6000)], budgets)).toEqual([
      'article page HTML around the text grows with N: 1.2× from N=700 to N=2000 (budget 1.05×)',
    ]);
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
