// @ts-check
/**
 * The scale benchmark: generates synthetic corpora of N articles, builds each through the real
 * content model and pages, and measures build time and memory, page weights and search in
 * Chromium. `--check` compares the figures with bench/budgets.json. See bench/README.md.
 *
 * usage: npm run bench -- [--sizes 70,700,2000] [--runs 3] [--search-runs 5] [--check]
 *                         [--baseline <git ref>] [--no-starlight]
 * --baseline builds that commit too, run for run beside this one, so build figures compare under
 * the same load; at N = 700 Starlight builds the same articles too (bench/measure-starlight.mjs),
 * unless --no-starlight.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateCorpus, writeCorpus } from './generate-corpus.mjs';
import { checkBudgets, spread } from './check.mjs';
import { measureBuild } from './measure-build.mjs';
import { prepareBaseline } from './baseline.mjs';
import { measureStarlight } from './measure-starlight.mjs';
import { fontBytes, measureSearch, pageWeight } from './measure-browser.mjs';
import { measureCustomerValue } from './measure-customer-value.mjs';
import { pagesToMeasure } from './pick-pages.mjs';
import { measureWorksheets } from './measure-worksheets.mjs';
import { measureOffline } from './measure-offline.mjs';
import { measureTeam } from './measure-team.mjs';
import { launchChromium } from '../tests/helpers/chromium.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? /** @type {string} */ (args[at + 1]) : fallback;
};
const sizes = option('sizes', '70,700,2000').split(',').map(Number);
const runs = Number(option('runs', '3'));
const searchRuns = Number(option('search-runs', '5'));
const check = args.includes('--check');
const starlightAt = args.includes('--no-starlight') ? -1 : 700;
const baselineRef = option('baseline', '');
const work = resolve('bench/.work');
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const baseline = baselineRef ? prepareBaseline(baselineRef, work) : null;
if (baseline) log(`baseline: ${baselineRef} (${baseline.sha.slice(0, 12)}) in ${baseline.dir}`);
const WARM = ['pricing', 'renewal forecast', 'onboarding plan', 'contract terms', 'pipeline review', 'customer'];

/** @type {import('./check.mjs').SizeResult[]} */
const results = [];
for (const n of sizes) {
  const content = resolve(work, `corpus-${n}`);
  const corpus = generateCorpus({ articles: n });
  writeCorpus(content, corpus);
  log(`N=${n}: ${corpus.counts.volumes} volumes, ${corpus.counts.chapters} chapters, ${corpus.counts.sections} sections`);

  const builds = [];
  const baseBuilds = [];
  const starlightBuilds = [];
  // Run for run, one after the other, so a change in machine load touches all of them alike.
  for (let run = 1; run <= runs; run++) {
    const build = await measureBuild({ content, work: resolve(work, `site-${n}`) });
    builds.push(build);
    log(`  build ${run}/${runs}: ${Math.round(build.totalMs)} ms, ${build.htmlPages} pages, peak ${Math.round(build.peakMemoryMb)} MB`);
    if (baseline) {
      const base = await measureBuild({ content, work: resolve(work, `baseline-site-${n}`), root: baseline.dir });
      baseBuilds.push(base);
      log(`  baseline ${run}/${runs}: ${Math.round(base.totalMs)} ms, ${base.htmlPages} pages, peak ${Math.round(base.peakMemoryMb)} MB`);
    }
    if (n === starlightAt) {
      const star = await measureStarlight({ content, work });
      starlightBuilds.push(star);
      log(`  starlight ${run}/${runs}: ${Math.round(star.totalMs)} ms, ${star.htmlPages} pages, peak ${Math.round(star.peakMemoryMb)} MB`);
    }
  }
  const last = /** @type {(typeof builds)[number]} */ (builds.at(-1));
  // Served as a static host would: Astro's content-hashed files (CSS, JS, fonts) cacheable for a year.
  const site = await serveStatic(last.outDir, '/', { immutableAssets: true });
  const browser = await launchChromium();
  try {
    const pick = pagesToMeasure(corpus.files);
    const articleUrl = `${site.root}articles/${pick.article}/`;
    const weights = {
      home: await pageWeight(browser, site.root),
      chapter: { ...(await pageWeight(browser, `${site.root}chapters/${pick.chapter}/`)), articles: pick.chapterArticles },
      article: await pageWeight(browser, articleUrl),
      worksheet: await maxWeight(browser, ['customer-type-quiz', 'ideal-customer-checklist', 'customer-value'].map((w) => `${site.root}worksheets/${w}/`)),
    };
    const fonts = await fontBytes(browser, articleUrl, `${site.root}articles/${pick.nextArticle}/`);
    const cold = Array.from({ length: searchRuns }, (_, i) => WARM[i % WARM.length] ?? 'customer');
    const search = await measureSearch(browser, { articleUrl, coldQueries: cold, warmQueries: WARM, planted: corpus.planted });
    const value = await measureCustomerValue(browser, site.root, runs);
    const team = await measureTeam(browser, site.root, runs);
    // Last: it writes sw.js into the build, which the measurements above must not see.
    const offline = await measureOffline(browser, { site, outDir: last.outDir, articleUrl, query: 'customer' });
    results.push({
      n,
      build: {
        totalMs: spread(builds.map((b) => b.totalMs)),
        msPerPage: spread(builds.map((b) => b.totalMs / b.htmlPages)),
        pagefindMs: spread(builds.map((b) => b.pagefindMs)),
        peakMemoryMb: spread(builds.map((b) => b.peakMemoryMb)),
        htmlPages: last.htmlPages,
        pageKinds: last.pageKinds,
        ...(baseline && {
          baseline: {
            ref: baselineRef,
            sha: baseline.sha,
            totalMs: spread(baseBuilds.map((b) => b.totalMs)),
            msPerPage: spread(baseBuilds.map((b) => b.totalMs / b.htmlPages)),
            peakMemoryMb: spread(baseBuilds.map((b) => b.peakMemoryMb)),
            htmlPages: baseBuilds.at(-1)?.htmlPages ?? 0,
          },
        }),
        ...(starlightBuilds.length > 0 && {
          starlight: {
            totalMs: spread(starlightBuilds.map((b) => b.totalMs)),
            htmlPages: starlightBuilds.at(-1)?.htmlPages ?? 0,
            // Per article, ours over Starlight's, each the median of its runs.
            ratio: spread(builds.map((b) => b.totalMs)).median / spread(starlightBuilds.map((b) => b.totalMs)).median,
          },
        }),
      },
      pages: weights,
      fonts,
      search: {
        coldMs: spread(search.cold),
        coldTextMs: spread(search.coldText),
        warmMs: spread(search.warm),
        firstQueryBytes: spread(search.firstBytes).median,
        firstQueryBytesSpread: spread(search.firstBytes),
        warmQueryBytes: spread(search.warmBytes).median,
        phraseExtraMs: spread(search.phraseExtra),
        planted: search.planted,
      },
      customerValue: { import5000Ms: spread(value.import5000), update1000Ms: spread(value.update1000) },
      worksheets: await measureWorksheets(browser, site.root),
      team: { customers: team.customers, files: team.files, dropMs: spread(team.drop), filterMs: spread(team.filter), jsBeforeInteractionGzip: team.jsBeforeInteractionGzip, boardBeforeFiles: team.boardBeforeFiles },
      offline,
    });
  } finally {
    await browser.close();
    await site.close();
  }
}

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify({ machine: machine(), runs, searchRuns, results }, null, 2)}\n`);
report(results);
if (check) {
  const breaches = checkBudgets(results, budgets);
  if (breaches.length > 0) {
    console.error(`\nBudget breaches (${breaches.length}):\n${breaches.map((b) => `  ✗ ${b}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`\nAll budgets hold at N=${budgets.n}.`);
}

/** The heaviest of several pages, by gzip JavaScript. @param {import('playwright-core').Browser} browser @param {string[]} urls */
async function maxWeight(browser, urls) {
  const weights = await Promise.all(urls.map((u) => pageWeight(browser, u)));
  return weights.reduce((a, b) => (b.js.gzip > a.js.gzip ? b : a));
}

/** @param {import('./check.mjs').SizeResult[]} all */
function report(all) {
  const kb = (/** @type {number} */ b) => `${(b / 1024).toFixed(1)} KB`;
  const ms = (/** @type {import('./check.mjs').Spread} */ s) => `${Math.round(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;
  const rows = [
    ['N articles', ...all.map((r) => String(r.n))],
    ['HTML pages built', ...all.map((r) => String(r.build.htmlPages))],
    ['build total, ms', ...all.map((r) => ms(r.build.totalMs))],
    ['build ms / page', ...all.map((r) => r.build.msPerPage.median.toFixed(1))],
    ['  of which Pagefind, ms', ...all.map((r) => ms(r.build.pagefindMs))],
    ['HTML pages by kind', ...all.map((r) => Object.entries(r.build.pageKinds ?? {}).map(([k, v]) => `${k} ${v}`).join(', '))],
    ['baseline build total, ms (pages)', ...all.map((r) => (r.build.baseline ? `${ms(r.build.baseline.totalMs)} (${r.build.baseline.htmlPages})` : '–'))],
    ['  this / baseline', ...all.map((r) => (r.build.baseline ? (r.build.totalMs.median / r.build.baseline.totalMs.median).toFixed(2) : '–'))],
    ['Starlight build total, ms (pages)', ...all.map((r) => (r.build.starlight ? `${ms(r.build.starlight.totalMs)} (${r.build.starlight.htmlPages})` : '–'))],
    ['  per article, this / Starlight', ...all.map((r) => (r.build.starlight ? r.build.starlight.ratio.toFixed(2) : '–'))],
    ['peak memory, MB', ...all.map((r) => ms(r.build.peakMemoryMb))],
    ['home HTML / CSS / JS gzip', ...all.map((r) => `${kb(r.pages.home.html.gzip)} / ${kb(r.pages.home.css.gzip)} / ${kb(r.pages.home.js.gzip)}`)],
    ['chapter HTML / CSS / JS gzip', ...all.map((r) => (r.pages.chapter ? `${kb(r.pages.chapter.html.gzip)} / ${kb(r.pages.chapter.css.gzip)} / ${kb(r.pages.chapter.js.gzip)} (${r.pages.chapter.articles} articles)` : '–'))],
    ['article HTML / CSS / JS gzip', ...all.map((r) => `${kb(r.pages.article.html.gzip)} / ${kb(r.pages.article.css.gzip)} / ${kb(r.pages.article.js.gzip)}`)],
    ['article fonts: first visit / next page', ...all.map((r) => (r.fonts ? `${kb(r.fonts.first.bytes)} (${r.fonts.first.files} files) / ${kb(r.fonts.next.bytes)}` : '–'))],
    ['article framework scripts', ...all.map((r) => String(r.pages.article.frameworkScripts.length))],
    ['worksheet JS gzip (raw)', ...all.map((r) => `${kb(r.pages.worksheet.js.gzip)} (${kb(r.pages.worksheet.js.raw)})`)],
    ['worksheet JS before / after idle, CLS, 200-row update ms', ...all.map((r) => (r.worksheets ? `${kb(r.worksheets.jsBeforeInteractionGzip)} / ${kb(r.worksheets.jsAfterIdleGzip)}, ${r.worksheets.clsMax.toFixed(3)}, ${Math.round(r.worksheets.checklistUpdateMs)}` : '–'))],
    ['search cold: first results (places), ms', ...all.map((r) => ms(r.search.coldMs))],
    ['search cold: first full-text results, ms', ...all.map((r) => (r.search.coldTextMs ? ms(r.search.coldTextMs) : '–'))],
    ['search warm, ms', ...all.map((r) => ms(r.search.warmMs))],
    ['first query downloads', ...all.map((r) => `${kb(r.search.firstQueryBytes)} (${kb(r.search.firstQueryBytesSpread.min)}–${kb(r.search.firstQueryBytesSpread.max)})`)],
    ['warm query downloads (median)', ...all.map((r) => kb(r.search.warmQueryBytes))],
    ['phrase search adds (warm), ms', ...all.map((r) => (r.search.phraseExtraMs ? ms(r.search.phraseExtraMs) : '–'))],
    ['planted phrases first', ...all.map((r) => `${r.search.planted.first}/${r.search.planted.total}`)],
    ['customer value: import 5,000, ms', ...all.map((r) => ms(r.customerValue.import5000Ms))],
    ['customer value: update 1,000, ms', ...all.map((r) => ms(r.customerValue.update1000Ms))],
    ['team roll-up: drop to first view / filter, ms', ...all.map((r) => (r.team ? `${ms(r.team.dropMs)} / ${ms(r.team.filterMs)}` : '–'))],
    ['team page JS before files gzip', ...all.map((r) => (r.team ? `${kb(r.team.jsBeforeInteractionGzip)}${r.team.boardBeforeFiles ? ' (roll-up code loaded early!)' : ''}` : '–'))],
    ['precache (files)', ...all.map((r) => `${kb(r.offline.precacheBytes)} (${r.offline.precacheFiles})`)],
    ['article: SW register / progress JS gzip', ...all.map((r) => `${kb(r.offline.registerJsGzip)} / ${kb(r.offline.progressJsGzip)}`)],
    ['offline first query: requests (results)', ...all.map((r) => `${r.offline.offlineFirstQueryRequests} (${r.offline.offlineFirstQueryResults})`)],
  ];
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  console.log('');
  for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  │  '));
  const a = all.find((r) => r.n === 700);
  const b = all.find((r) => r.n === 2000);
  if (a && b) {
    console.log(`\nGrowth: ms per page at N=2000 / N=700 = ${(b.build.msPerPage.median / a.build.msPerPage.median).toFixed(2)} (at most 1 means no worse than linear)`);
  }
}

function machine() {
  return { node: process.version, platform: process.platform, cpus: (/** @type {any} */ (globalThis).navigator?.hardwareConcurrency) ?? null };
}

/** @param {string} message */
function log(message) {
  console.log(`[bench] ${message}`);
}
