// @ts-check
/**
 * Writes the service worker (`sw.js`) into the built site with workbox-build's generateSW, and
 * fits the shipped `_headers` to the base. `npm run build` runs it last, after the Pagefind step,
 * so the search index is in the precache manifest with a revision for every file.
 *
 * Precached (within 3 MB: src/lib/site/precache-shape.ts keeps what fits, most needed first, and the
 * build says what it left out; a large handbook never fails to build for it): the shell (home, search, glossary, worksheets, "Your
 * reading", routes, the offline notice, every hashed asset, icons), the search index (all of it but the
 * excerpts of pages outside the precache, which are cached as searches show them; for this site
 * that is none), and the current chapter: ATLAS_OFFLINE_CHAPTER, else the first in atlas order. Other pages are
 * cached as they are visited (network first, so they revalidate when online), or all at once
 * with "Keep this chapter offline". A new build changes the revisions, the new worker waits, and
 * the page offers a reload; it takes over only when the reader clicks (no skipWaiting here).
 *
 * usage: node scripts/build-service-worker.mjs [site folder]   (default: $ATLAS_OUT_DIR or dist)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { assetsCacheName, pagesCacheName, searchCacheName } from '../src/lib/site/offline-cache.ts';
import { fitPrecache, leftOutReport, precacheRank } from '../src/lib/site/precache-shape.ts';

/** The most the precache may hold, in bytes (bench/budgets.json offline.precacheBytesMax agrees). */
export const PRECACHE_MAX_BYTES = 3 * 1024 * 1024;

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The chapter to precache: the one asked for, else the first by number ("5.03" before "5.10").
 * @param {{ chapter: string, number: string, pages: string[] }[]} lists @param {string | undefined} wanted
 */
export function pickChapter(lists, wanted) {
  if (wanted) {
    const found = lists.find((l) => l.chapter === wanted);
    if (!found) throw new Error(`ATLAS_OFFLINE_CHAPTER=${wanted}: no such chapter (known: ${lists.map((l) => l.chapter).join(', ')})`);
    return found;
  }
  return [...lists].sort((a, b) => a.number.localeCompare(b.number, 'en', { numeric: true }))[0];
}

/** Shell pages whose search excerpts are always precached, besides the glossary and the worksheets. */
const SHELL_PAGES = ['', 'search/', 'progress/', 'routes/', 'offline/'];

/**
 * Whether a page's search excerpt (its Pagefind fragment) belongs in the precache: the page itself
 * is precached. Other excerpts are cached when a search shows them.
 * @param {string} url the fragment's page URL, e.g. "/articles/x/" @param {string[]} chapterPages
 */
export function fragmentPrecached(url, chapterPages) {
  const path = url.replace(/^\//, '');
  return /^(glossary|worksheets)\//.test(path) || SHELL_PAGES.includes(path) || chapterPages.includes(path);
}

/**
 * The page URL of each Pagefind fragment (gzip of "pagefind_dcd" and JSON), by file name.
 * @param {string} site @returns {{ file: string, url: string }[]}
 */
function readFragments(site) {
  const dir = join(site, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return { file, url: JSON.parse(text.slice(text.indexOf('{'))).url };
  });
}

/**
 * Glob patterns of the precache: shell, search index (only the wasm of the index's languages, the
 * excerpts of precached pages), chapter pages.
 * @param {string[]} chapterPages site paths like "articles/x/" @param {string[]} languages e.g. ["en"]
 * @param {string[]} fragments file names of the excerpts to precache
 */
export function precachePatterns(chapterPages, languages, fragments) {
  return [
    'index.html',
    '404.html',
    'search/index.html',
    'progress/index.html',
    // The route page carries every article a route may name, so a route link opens offline.
    'routes/index.html',
    'reading-order.json',
    'offline/index.html',
    'glossary/**/index.html',
    'worksheets/**/index.html',
    '_astro/**/*',
    'favicon.svg',
    'manifest.webmanifest',
    'icons/*.{svg,png}',
    'pagefind/pagefind.js',
    // The search page runs Pagefind in a worker (src/browser/search/pagefind-client.ts).
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    'pagefind/*.pf_meta',
    'pagefind/index/*',
    ...fragments.map((f) => `pagefind/fragment/${f}`),
    'pagefind/filter/*',
    ...languages.map((l) => `pagefind/wasm.${l}.pagefind`),
    ...chapterPages.map((p) => `${p}index.html`),
  ];
}

/**
 * The generateSW options for a site built at `base`; the precache is fitted to the budget, most
 * needed first (`chapterPages` rank above the search index), and what is left out is reported.
 * @param {{ site: string, base: string, patterns: string[], chapterPages?: string[], maxBytes?: number }} options
 * @returns {import('workbox-build').GenerateSWOptions}
 */
export function serviceWorkerOptions({ site, base, patterns, chapterPages = [], maxBytes = PRECACHE_MAX_BYTES }) {
  const at = escapeRegExp(base);
  /** @param {string} url */
  const rankOf = (url) => precacheRank(url, chapterPages);
  return {
    globDirectory: site,
    globPatterns: patterns,
    manifestTransforms: [
      async (entries) => {
        const fit = fitPrecache(entries, maxBytes, rankOf);
        const report = leftOutReport(fit.leftOut, rankOf, maxBytes);
        const over = fit.keptBytes > maxBytes ? [`the shell alone is ${fit.keptBytes} bytes, over the ${maxBytes}-byte precache budget`] : [];
        return { manifest: fit.kept, warnings: [...(report ? [report] : []), ...over] };
      },
    ],
    swDest: join(site, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    disableDevLogs: true,
    // A new worker waits until the reader clicks "Reload" (the page posts SKIP_WAITING); the first one takes the open page at once.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    maximumFileSizeToCacheInBytes: PRECACHE_MAX_BYTES,
    // Astro's hashed files change name with their content, so their URL is their revision.
    dontCacheBustURLsMatching: /^_astro\//,
    // A static host answers the same file whatever the query string (search/?q=…&section=…, Pagefind's
    // pagefind-entry.json?ts=<time>), so the precache matches without any of it.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    runtimeCaching: [
      {
        // Pages outside the precache: the network when it answers, else the copy from the last visit, else the offline notice.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: pagesCacheName(base),
          networkTimeoutSeconds: 4,
          cacheableResponse: { statuses: [200] },
          precacheFallback: { fallbackURL: 'offline/index.html' },
        },
      },
      {
        urlPattern: new RegExp(`${at}_astro/`),
        handler: 'CacheFirst',
        options: { cacheName: assetsCacheName(base), cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 200, maxAgeSeconds: 365 * 24 * 3600 } },
      },
      {
        // Pagefind's files, and the glossary's terms and the places that search answers from first
        // (kept out of the precache, whose budget is full at 700 articles; cached once used).
        urlPattern: new RegExp(`${at}(pagefind/|search-(terms|places)\\.json$)`),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: searchCacheName(base), cacheableResponse: { statuses: [200] } },
      },
    ],
  };
}

/**
 * `_headers` rules written for a site at the domain root, moved under `base` (e.g. "/atlas/").
 * @param {string} text @param {string} base
 */
export function headersForBase(text, base) {
  const prefix = base.replace(/\/$/, '');
  return prefix ? text.replace(/^\//gm, `${prefix}/`) : text;
}

/** Builds the worker into `site`; returns what generateSW reports. @param {string} site @param {string} base */
export async function buildServiceWorker(site, base) {
  const { generateSW } = await import('workbox-build');
  const listDir = join(site, 'offline-pages');
  const lists = existsSync(listDir)
    ? readdirSync(listDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(listDir, f), 'utf8')))
    : [];
  const chapter = pickChapter(lists, process.env['ATLAS_OFFLINE_CHAPTER']);
  const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  const languages = Object.keys(entry.languages ?? {});
  const pages = chapter?.pages ?? [];
  const fragments = readFragments(site).filter((f) => fragmentPrecached(f.url, pages)).map((f) => f.file);
  const result = await generateSW(serviceWorkerOptions({ site, base, patterns: precachePatterns(pages, languages, fragments), chapterPages: pages }));
  const headers = join(site, '_headers');
  if (existsSync(headers)) writeFileSync(headers, headersForBase(readFileSync(headers, 'utf8'), base));
  return { ...result, chapter: chapter?.chapter ?? null };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const site = resolve(process.argv[2] ?? process.env['ATLAS_OUT_DIR'] ?? 'dist');
  const base = (process.env['ATLAS_BASE'] ?? '/').replace(/\/?$/, '/');
  const started = performance.now();
  const result = await buildServiceWorker(site, base);
  for (const warning of result.warnings) console.warn(`service worker: ${warning}`);
  const kb = (result.size / 1024).toFixed(0);
  console.log(`service worker: ${result.count} files (${kb} KB) precached, chapter ${result.chapter}, in ${Math.round(performance.now() - started)} ms`);
  const stats = process.env['ATLAS_BENCH_OFFLINE'];
  if (stats) writeFileSync(stats, JSON.stringify({ precacheBytes: result.size, precacheFiles: result.count, chapter: result.chapter, warnings: result.warnings }));
}
