import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkBudgets, spread } from '../../bench/check.mjs';
import { passingResults as passing, spreadOf as s } from '../helpers/bench-results';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));

describe('checkBudgets', () => {
  it('passes results within every budget', () => {
    expect(checkBudgets([passing(), passing(2000, 5100)], budgets)).toEqual([]);
  });

  it.each([
    ['article JS', (r: ReturnType<typeof passing>) => (r.pages.article.js.gzip = 4800), 'article page JavaScript besides registration and progress (gzip) at N=700: 3100 B is over the budget of 3072 B'],
    ['article CSS', (r: ReturnType<typeof passing>) => (r.pages.article.css.gzip = 12_289), 'article page CSS (gzip) at N=700: 12289 B is over the budget of 12288 B'],
    ['fonts on a first visit', (r: ReturnType<typeof passing>) => (r.fonts.first.bytes = 120_000), 'article page fonts on a first visit at N=700: 120000 B is over the budget of 102400 B'],
    ['fonts on the next page', (r: ReturnType<typeof passing>) => (r.fonts.next.bytes = 26_832), 'article page fonts on the next page (warm cache) at N=700: 26832 B is over the budget of 0 B'],
    ['framework JS on an article', (r: ReturnType<typeof passing>) => (r.pages.article.frameworkScripts = ['/_astro/preact.js']), 'article page at N=700: loads framework JavaScript (/_astro/preact.js)'],
    ['article HTML', (r: ReturnType<typeof passing>) => (r.pages.article.html.gzip = 9000), 'article page HTML (gzip) at N=700: 9000 B is over the budget of 8192 B'],
    ['worksheet JS', (r: ReturnType<typeof passing>) => (r.worksheets.jsBeforeInteractionGzip = 30_000), 'worksheet page JavaScript (gzip) at N=700: 30000 B is over the budget of 29184 B'],
    ['precache', (r: ReturnType<typeof passing>) => (r.offline.precacheBytes = 3_200_000), 'precache at N=700: 3200000 B is over the budget of 3145728 B'],
    ['registration JS', (r: ReturnType<typeof passing>) => (r.offline.registerJsGzip = 1100), 'service worker registration JavaScript (gzip) at N=700: 1100 B is over the budget of 1024 B'],
    ['progress JS', (r: ReturnType<typeof passing>) => (r.offline.progressJsGzip = 1030), 'reading progress JavaScript on an article page (gzip) at N=700: 1030 B is over the budget of 1024 B'],
    ['registration before load', (r: ReturnType<typeof passing>) => (r.offline.registerAfterLoad = false), 'article page at N=700: the service worker registration loads before the page has loaded'],
    ['progress store before interaction', (r: ReturnType<typeof passing>) => (r.offline.progressUiBeforeInteraction = 2100), 'article page at N=700: the reading progress store loads before any interaction'],
    ['offline first query', (r: ReturnType<typeof passing>) => (r.offline.offlineFirstQueryRequests = 2), 'offline search at N=700: the first query made 2 network request(s) and showed 5 result(s); budget 0 requests'],
    ['build speed', (r: ReturnType<typeof passing>) => (r.build.msPerPage = s(31.5)), 'build time per page at N=700: 31.5 ms is over the budget of 25 ms'],
    ['build against Starlight', (r: ReturnType<typeof passing>) => (r.build.starlight = { totalMs: s(50_000), htmlPages: 701, ratio: 0.75 }), 'build time per article, this site / Starlight at N=700: 0.75 x is over the budget of 0.6 x'],
    ['memory', (r: ReturnType<typeof passing>) => (r.build.peakMemoryMb = s(1500)), 'build peak memory at N=700: 1500 MB is over the budget of 1024 MB'],
    ['cold search', (r: ReturnType<typeof passing>) => (r.search.coldMs = s(400)), 'search, cold: first results (median) at N=700: 400 ms is over the budget of 150 ms'],
    ['cold full-text search', (r: ReturnType<typeof passing>) => (r.search.coldTextMs = s(450)), 'search, cold: first full-text results (median) at N=700: 450 ms is over the budget of 400 ms'],
    ['warm search', (r: ReturnType<typeof passing>) => (r.search.warmMs = s(41)), 'search, warm (median) at N=700: 41 ms is over the budget of 40 ms'],
    ['first query bytes', (r: ReturnType<typeof passing>) => (r.search.firstQueryBytes = 300_000), 'bytes of the first query (median) at N=700: 300000 B is over the budget of 245760 B'],
    ['customer value import', (r: ReturnType<typeof passing>) => (r.customerValue.import5000Ms = s(1200)), 'customer value worksheet: import of 5,000 customers (median) at N=700: 1200 ms is over the budget of 1000 ms'],
    ['customer value update', (r: ReturnType<typeof passing>) => (r.customerValue.update1000Ms = s(150)), 'customer value worksheet: update of 1,000 customers (median) at N=700: 150 ms is over the budget of 100 ms'],
    ['team drop to first view', (r: ReturnType<typeof passing>) => (r.team.dropMs = s(1600)), 'team roll-up: drop to first view, 100 files of 10000 customers (median) at N=700: 1600 ms is over the budget of 1500 ms'],
    ['team filter', (r: ReturnType<typeof passing>) => (r.team.filterMs = s(120)), 'team roll-up: filter change (median) at N=700: 120 ms is over the budget of 100 ms'],
    ['team JS', (r: ReturnType<typeof passing>) => (r.team.jsBeforeInteractionGzip = 26_000), 'team page JavaScript before interaction (gzip) at N=700: 26000 B is over the budget of 25600 B'],
    ['team board loaded early', (r: ReturnType<typeof passing>) => (r.team.boardBeforeFiles = true), "team page at N=700: the roll-up's code loads before any file arrives"],
    ['planted phrases', (r: ReturnType<typeof passing>) => (r.search.planted = { first: 9, total: 10, misses: ['"a b" → X (wanted Y)'] }), 'planted phrases found first at N=700: 9 of 10, budget 10 (missed: "a b" → X (wanted Y))'],
    ['phrase search time', (r: ReturnType<typeof passing>) => (r.search.phraseExtraMs = s(31)), 'time the phrase search adds to a warm query (median) at N=700: 31 ms is over the budget of 30 ms'],
  ])('names a breach of %s', (_name, breakIt, message) => {
    const result = passing();
    breakIt(result);
    expect(checkBudgets([result, passing(2000, 5100)], budgets)).toEqual([message]);
  });

  it.each([
    ['home HTML', (r: ReturnType<typeof passing>) => (r.pages.home.html.gzip = 96_064), 'home page HTML (gzip) at N=2000: 96064 B is over the budget of 20480 B'],
    ['chapter HTML', (r: ReturnType<typeof passing>) => (r.pages.chapter.html.gzip = 20_481), 'chapter page HTML (gzip) at N=2000: 20481 B is over the budget of 20480 B'],
  ])('names a breach of %s at N = 2000, where overview pages are checked', (_name, breakIt, message) => {
    const big = passing(2000, 5100);
    breakIt(big);
    expect(checkBudgets([passing(), big], budgets)).toEqual([message]);
    const small = passing();
    breakIt(small);
    expect(checkBudgets([small, passing(2000, 5100)], budgets)).toEqual([]);
  });

  it('asks for N = 2000 when the overview pages were not measured there', () => {
    expect(checkBudgets([passing()], budgets)).toEqual(['no results for N = 2000 (home and chapter page budgets): run with --sizes including 2000']);
  });

  it('names what older results did not measure', () => {
    const old = passing() as Partial<ReturnType<typeof passing>>;
    delete old.fonts;
    const big = passing(2000, 5100) as Omit<ReturnType<typeof passing>, 'pages'> & { pages: Partial<ReturnType<typeof passing>['pages']> };
    delete big.pages.chapter;
    expect(checkBudgets([old, big] as never, budgets)).toEqual([
      'article page fonts at N=700: not measured (results from an older benchmark)',
      'chapter page at N=2000: not measured (results from an older benchmark)',
    ]);
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

  it('asks for the team roll-up figures when they are missing', () => {
    const { team: _gone, ...older } = passing();
    expect(checkBudgets([older as ReturnType<typeof passing>, passing(2000, 5100)], budgets)).toEqual(['no team roll-up figures at N=700: bench/measure-team.mjs did not run']);
  });

  it('asks for the offline figures when they are missing', () => {
    const { offline: _gone, ...older } = passing();
    expect(checkBudgets([older as ReturnType<typeof passing>, passing(2000, 5100)], budgets)).toEqual(['no offline figures at N=700: bench/measure-offline.mjs did not run']);
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
