// @ts-check
/** Compares benchmark results with the budgets in bench/budgets.json; pure, so a test can pin it. */

/**
 * @typedef {{ median: number, min: number, max: number }} Spread
 * @typedef {{ raw: number, gzip: number }} Weight
 * @typedef {{ html: Weight, frameHtml: Weight, css: Weight, js: Weight, frameworkScripts: string[] }} PageWeight
 * @typedef {{
 *   n: number,
 *   build: { totalMs: Spread, msPerPage: Spread, pagefindMs: Spread, peakMemoryMb: Spread, htmlPages: number },
 *   pages: { home: PageWeight, article: PageWeight, worksheet: PageWeight },
 *   search: { coldMs: Spread, warmMs: Spread, firstQueryBytes: number, firstQueryBytesSpread: Spread, warmQueryBytes: number, planted: { first: number, total: number, misses: string[] } },
 *   offline: OfflineResult
 * }} SizeResult
 * @typedef {{
 *   chapter: string | null, precacheBytes: number, precacheFiles: number, registerJsGzip: number, registerAfterLoad: boolean,
 *   progressJsGzip: number, progressUiBeforeInteraction: number, offlineFirstQueryRequests: number, offlineFirstQueryResults: number
 * }} OfflineResult
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
  const { article, worksheet, build, search, offline } = budgets;
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
  atMost('worksheet page JavaScript besides registration (gzip)', at.pages.worksheet.js.gzip - (at.offline?.registerJsGzip ?? 0), worksheet.jsGzipMax, 'B');
  atMost('build time per page', at.build.msPerPage.median, build.msPerPageMax, 'ms');
  atMost('build peak memory', at.build.peakMemoryMb.median, build.peakMemoryMbMax, 'MB');
  atMost('search, cold (median)', at.search.coldMs.median, search.coldMsMax, 'ms');
  atMost('search, warm (median)', at.search.warmMs.median, search.warmMsMax, 'ms');
  atMost('bytes of the first query (median)', at.search.firstQueryBytes, search.firstQueryBytesMax, 'B');
  if (at.search.planted.first < search.plantedFirstMin) {
    breaches.push(
      `planted phrases found first at N=${at.n}: ${at.search.planted.first} of ${at.search.planted.total}, budget ${search.plantedFirstMin} (missed: ${at.search.planted.misses.join('; ')})`,
    );
  }
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

/** @param {number[]} values @returns {Spread} */
export function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median: median ?? 0, min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0 };
}

/** @param {number} x */
const round = (x) => Math.round(x * 100) / 100;
