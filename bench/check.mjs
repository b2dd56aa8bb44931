// @ts-check
/** Compares benchmark results with the budgets in bench/budgets.json; pure, so a test can pin it. */

/**
 * @typedef {{ median: number, min: number, max: number }} Spread
 * @typedef {{ raw: number, gzip: number }} Weight
 * @typedef {{ html: Weight, frameHtml: Weight, css: Weight, js: Weight, fonts?: Weight, frameworkScripts: string[] }} PageWeight
 * @typedef {{ bytes: number, files: number }} FontLoad
 * @typedef {{
 *   n: number,
 *   build: { totalMs: Spread, msPerPage: Spread, pagefindMs: Spread, peakMemoryMb: Spread, htmlPages: number, pageKinds?: Record<string, number>, baseline?: { ref: string, sha: string, totalMs: Spread, msPerPage: Spread, peakMemoryMb: Spread, htmlPages: number } | undefined, starlight?: { totalMs: Spread, htmlPages: number, ratio: number } | undefined },
 *   pages: { home: PageWeight, chapter?: PageWeight & { articles: number }, article: PageWeight, worksheet: PageWeight },
 *   fonts?: { first: FontLoad, next: FontLoad },
 *   search: { coldMs: Spread, coldTextMs?: Spread, warmMs: Spread, firstQueryBytes: number, firstQueryBytesSpread: Spread, warmQueryBytes: number, phraseExtraMs?: Spread, planted: { first: number, total: number, misses: string[] } },
 *   customerValue: { import5000Ms: Spread, update1000Ms: Spread },
 *   worksheets?: { jsBeforeInteractionGzip: number, jsAfterIdleGzip: number, clsMax: number, checklistUpdateMs: number },
 *   team?: TeamResult,
 *   offline: OfflineResult
 * }} SizeResult
 * @typedef {{
 *   chapter: string | null, precacheBytes: number, precacheFiles: number, registerJsGzip: number, registerAfterLoad: boolean,
 *   progressJsGzip: number, progressUiBeforeInteraction: number, offlineFirstQueryRequests: number, offlineFirstQueryResults: number
 * }} OfflineResult
 * @typedef {{ customers: number, files: number, dropMs: Spread, filterMs: Spread, jsBeforeInteractionGzip: number, boardBeforeFiles: boolean }} TeamResult
 */

/**
 * Every budget the results break, one readable line each (empty when all hold).
 * @param {SizeResult[]} results
 * @param {any} budgets
 * @returns {string[]}
 */
export function checkBudgets(results, budgets) {
  const at = results.find((r) => r.n === budgets.n);
  if (!at) return [`no results for N = ${budgets.n}: run with --sizes including ${budgets.n}`];
  /** @type {string[]} */
  const breaches = [];
  /** @param {string} name @param {number} value @param {number} max @param {string} unit */
  const atMost = (name, value, max, unit) => {
    if (value > max) breaches.push(`${name} at N=${at.n}: ${round(value)} ${unit} is over the budget of ${max} ${unit}`);
  };
  const { article, worksheet, build, search, overview, customerValue, offline } = budgets;
  if (at.pages.article.frameworkScripts.length > 0) {
    breaches.push(`article page at N=${at.n}: loads framework JavaScript (${at.pages.article.frameworkScripts.join(', ')})`);
  }
  // The service worker registration and reading progress have their own budgets (offline.*), so they are not counted twice.
  const ownJs = (at.offline?.registerJsGzip ?? 0) + (at.offline?.progressJsGzip ?? 0);
  atMost('article page JavaScript besides registration and progress (gzip)', at.pages.article.js.gzip - ownJs, article.jsGzipMax, 'B');
  atMost('article page HTML (gzip)', at.pages.article.html.gzip, article.htmlGzipMax, 'B');
  atMost('article page CSS (gzip)', at.pages.article.css.gzip, article.cssGzipMax, 'B');
  const bigger = results.find((r) => r.n === article.htmlGrowthCompareN);
  if (bigger) {
    // Articles differ in length, so what must not grow is the page around the article's own text.
    const ratio = bigger.pages.article.frameHtml.gzip / at.pages.article.frameHtml.gzip;
    if (ratio > article.htmlGrowthMaxRatio) {
      breaches.push(`article page HTML around the text grows with N: ${round(ratio)}× from N=${at.n} to N=${bigger.n} (budget ${article.htmlGrowthMaxRatio}×)`);
    }
  }
  if (at.fonts) {
    atMost('article page fonts on a first visit', at.fonts.first.bytes, article.fontFirstVisitMax, 'B');
    atMost('article page fonts on the next page (warm cache)', at.fonts.next.bytes, article.fontNextPageMax, 'B');
  } else {
    breaches.push(`article page fonts at N=${at.n}: not measured (results from an older benchmark)`);
  }
  if (overview) breaches.push(...checkOverview(results, overview));
  // Worksheets load their saved-work views once idle; "before interaction" holds idle callbacks back (measure-worksheets.mjs).
  atMost('worksheet page JavaScript (gzip)', at.worksheets?.jsBeforeInteractionGzip ?? at.pages.worksheet.js.gzip, worksheet.jsGzipMax, 'B');
  if (at.worksheets) {
    atMost('worksheet page JavaScript after idle (gzip)', at.worksheets.jsAfterIdleGzip, worksheet.jsAfterIdleGzipMax, 'B');
    atMost('checklist table update after a rating change, 200 customers', at.worksheets.checklistUpdateMs, worksheet.checklistUpdateMsMax, 'ms');
    atMost('worksheet layout shift while loading saved work', at.worksheets.clsMax, worksheet.clsMax, 'CLS');
  }
  atMost('build time per page', at.build.msPerPage.median, build.msPerPageMax, 'ms');
  atMost('build peak memory', at.build.peakMemoryMb.median, build.peakMemoryMbMax, 'MB');
  // Against Starlight on the same articles, run for run (checked when it was measured: not with --no-starlight).
  if (at.build.starlight && build.starlightRatioMax !== undefined) {
    atMost('build time per article, this site / Starlight', at.build.starlight.ratio, build.starlightRatioMax, 'x');
  }
  atMost('search, cold: first results (median)', at.search.coldMs.median, search.coldMsMax, 'ms');
  if (at.search.coldTextMs && search.coldTextMsMax !== undefined) {
    atMost('search, cold: first full-text results (median)', at.search.coldTextMs.median, search.coldTextMsMax, 'ms');
  }
  atMost('search, warm (median)', at.search.warmMs.median, search.warmMsMax, 'ms');
  atMost('bytes of the first query (median)', at.search.firstQueryBytes, search.firstQueryBytesMax, 'B');
  atMost('customer value worksheet: import of 5,000 customers (median)', at.customerValue.import5000Ms.median, customerValue.import5000MsMax, 'ms');
  atMost('customer value worksheet: update of 1,000 customers (median)', at.customerValue.update1000Ms.median, customerValue.update1000MsMax, 'ms');
  // First-query bytes must stay flat as the atlas grows: a second budget at N = 2000, when measured.
  const at2000 = results.find((r) => r.n === 2000);
  if (at2000 && search.firstQueryBytesMaxAt2000 !== undefined && at2000.search.firstQueryBytes > search.firstQueryBytesMaxAt2000) {
    breaches.push(
      `bytes of the first query (median) at N=2000: ${round(at2000.search.firstQueryBytes)} B is over the budget of ${search.firstQueryBytesMaxAt2000} B`,
    );
  }
  if (at.search.phraseExtraMs) atMost('time the phrase search adds to a warm query (median)', at.search.phraseExtraMs.median, search.phraseExtraMsMax, 'ms');
  if (at.search.planted.first < search.plantedFirstMin) {
    breaches.push(
      `planted phrases found first at N=${at.n}: ${at.search.planted.first} of ${at.search.planted.total}, budget ${search.plantedFirstMin} (missed: ${at.search.planted.misses.join('; ')})`,
    );
  }
  if (at.team) {
    const { team } = budgets;
    atMost(`team roll-up: drop to first view, ${at.team.files} files of ${at.team.customers} customers (median)`, at.team.dropMs.median, team.dropToFirstViewMsMax, 'ms');
    atMost('team roll-up: filter change (median)', at.team.filterMs.median, team.filterMsMax, 'ms');
    atMost('team page JavaScript before interaction (gzip)', at.team.jsBeforeInteractionGzip, team.jsBeforeInteractionGzipMax, 'B');
    if (at.team.boardBeforeFiles) breaches.push(`team page at N=${at.n}: the roll-up's code loads before any file arrives`);
  } else breaches.push(`no team roll-up figures at N=${at.n}: bench/measure-team.mjs did not run`);
  if (!at.offline) {
    breaches.push(`no offline figures at N=${at.n}: bench/measure-offline.mjs did not run`);
    return breaches;
  }
  atMost('precache', at.offline.precacheBytes, offline.precacheBytesMax, 'B');
  atMost('service worker registration JavaScript (gzip)', at.offline.registerJsGzip, offline.registerJsGzipMax, 'B');
  atMost('reading progress JavaScript on an article page (gzip)', at.offline.progressJsGzip, offline.progressJsGzipMax, 'B');
  if (!at.offline.registerAfterLoad) breaches.push(`article page at N=${at.n}: the service worker registration loads before the page has loaded`);
  if (at.offline.progressUiBeforeInteraction > 0) breaches.push(`article page at N=${at.n}: the reading progress store loads before any interaction`);
  if (at.offline.offlineFirstQueryRequests > 0 || at.offline.offlineFirstQueryResults === 0) {
    breaches.push(`offline search at N=${at.n}: the first query made ${at.offline.offlineFirstQueryRequests} network request(s) and showed ${at.offline.offlineFirstQueryResults} result(s); budget 0 requests`);
  }
  return breaches;
}

/**
 * The pages that give an overview (home, chapter) at their own N: HTML must stay small as the atlas grows.
 * @param {SizeResult[]} results @param {{ n: number, homeHtmlGzipMax: number, chapterHtmlGzipMax: number }} overview
 * @returns {string[]}
 */
function checkOverview(results, overview) {
  const at = results.find((r) => r.n === overview.n);
  if (!at) return [`no results for N = ${overview.n} (home and chapter page budgets): run with --sizes including ${overview.n}`];
  /** @type {string[]} */
  const breaches = [];
  const over = (/** @type {string} */ name, /** @type {number} */ value, /** @type {number} */ max) => {
    if (value > max) breaches.push(`${name} at N=${at.n}: ${round(value)} B is over the budget of ${max} B`);
  };
  over('home page HTML (gzip)', at.pages.home.html.gzip, overview.homeHtmlGzipMax);
  if (at.pages.chapter) over('chapter page HTML (gzip)', at.pages.chapter.html.gzip, overview.chapterHtmlGzipMax);
  else breaches.push(`chapter page at N=${at.n}: not measured (results from an older benchmark)`);
  return breaches;
}

/** @param {number[]} values @returns {Spread} */
export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median: median ?? 0, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

/** @param {number} x */
const round = (x) => Math.round(x * 100) / 100;
