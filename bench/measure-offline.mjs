// @ts-check
/**
 * Offline figures for one built corpus: the precache the service worker build writes, the
 * JavaScript the registration and reading progress add to an article page before interaction,
 * and the network requests of the first search once offline. Runs after the other measurements,
 * because it writes sw.js into the served build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildServiceWorker } from '../scripts/build-service-worker.mjs';

const REGISTER = /UpdatePrompt\.astro_astro_type_script|\/sw-register\./;
const PROGRESS = /ReadingProgress\.astro_astro_type_script|\/reading-progress-keys\./;
const PROGRESS_UI = /\/reading-progress-ui\./;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {{ site: import('../tests/helpers/static-server.ts').StaticSite, outDir: string, articleUrl: string, query: string }} plan
 */
export async function measureOffline(browser, { site, outDir, articleUrl, query }) {
  const worker = await buildServiceWorker(outDir, '/');
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {{ url: string, gzip: number, afterLoad: boolean }[]} */
  const scripts = [];
  let loaded = false;
  page.on('load', () => (loaded = true));
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    const afterLoad = loaded;
    void response.body().then(
      (body) => scripts.push({ url: response.url(), gzip: gzipSync(body, { level: 9 }).length, afterLoad }),
      () => undefined,
    );
  });
  await page.goto(articleUrl, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 120_000 });
  const bytes = (/** @type {RegExp} */ pattern) => scripts.filter((s) => pattern.test(s.url)).reduce((n, s) => n + s.gzip, 0);
  const registerChunk = scripts.find((s) => s.url.includes('/sw-register.'));

  // Offline: the browser context and the server both refuse; count what still tries the server.
  const chapter = JSON.parse(readFileSync(join(outDir, 'offline-pages', `${worker.chapter}.json`), 'utf8'));
  const search = await context.newPage();
  await context.setOffline(true);
  site.setOffline(true);
  const before = site.requests.length;
  let results = 0;
  try {
    const filter = encodeURIComponent(`${chapter.number} ${chapter.title}`);
    await search.goto(`${site.root}search/?q=${encodeURIComponent(query)}&chapter=${filter}`);
    await search.locator('.search-status').filter({ hasText: query }).waitFor({ timeout: 15_000 });
    results = await search.locator('.search-results .result-title').count();
  } catch {
    // No results on screen: reported as 0 results, which the budget check flags.
  } finally {
    site.setOffline(false);
    await context.close();
  }
  return {
    chapter: worker.chapter,
    precacheBytes: worker.size,
    precacheFiles: worker.count,
    registerJsGzip: bytes(REGISTER),
    registerAfterLoad: registerChunk?.afterLoad ?? false,
    progressJsGzip: bytes(PROGRESS),
    progressUiBeforeInteraction: bytes(PROGRESS_UI),
    offlineFirstQueryRequests: site.requests.slice(before).filter((p) => !p.endsWith('/sw.js')).length,
    offlineFirstQueryResults: results,
  };
}
