// @ts-check
/** Measurements in headless Chromium: what a page loads before interaction, and how fast and heavy search is. */
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /text|javascript|json|svg|xml|markdown/;
const FRAMEWORK = /preact|astro-island|client\.|island|renderers/i;

/**
 * Records every response of a page as raw and wire (gzip for text) bytes, by kind.
 * @param {import('playwright-core').Page} page
 */
export function recordResponses(page) {
  /** @type {{ url: string, kind: string, raw: number, gzip: number }[]} */
  const rows = [];
  /** @type {Promise<void>[]} */
  const pending = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => {
          const type = response.headers()['content-type'] ?? '';
          const kind = response.request().resourceType();
          rows.push({ url: response.url(), kind, raw: body.length, gzip: COMPRESSIBLE.test(type) ? gzipSync(body, { level: 9 }).length : body.length });
        },
        () => undefined,
      ),
    );
  });
  return {
    rows,
    /** Waits for bodies still being read, then empties the list and returns what it held. */
    take: async () => {
      await Promise.all(pending.splice(0));
      return rows.splice(0);
    },
  };
}

/** @param {{ kind: string, raw: number, gzip: number }[]} rows @param {string} kind */
const sum = (rows, kind) => ({
  raw: rows.filter((r) => r.kind === kind).reduce((n, r) => n + r.raw, 0),
  gzip: rows.filter((r) => r.kind === kind).reduce((n, r) => n + r.gzip, 0),
});

/**
 * HTML, CSS and JavaScript a page loads before any interaction (network idle).
 * @param {import('playwright-core').Browser} browser @param {string} url
 */
export async function pageWeight(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const recorder = recordResponses(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const rows = await recorder.take();
  // Inline scripts (theme, island loader) are JavaScript too: counted with the script files.
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'));
  // The page without its own text (the article body): what every page repeats, which must not grow with N.
  const frame = await page.evaluate(() => {
    document.querySelector('.prose')?.remove();
    return `<!doctype html>${document.documentElement.outerHTML}`;
  });
  await context.close();
  const files = sum(rows, 'script');
  const inlineGzip = inline ? gzipSync(inline, { level: 9 }).length : 0;
  return {
    html: sum(rows, 'document'),
    fonts: sum(rows, 'font'),
    frameHtml: { raw: Buffer.byteLength(frame), gzip: gzipSync(frame, { level: 9 }).length },
    css: sum(rows, 'stylesheet'),
    js: { raw: files.raw + Buffer.byteLength(inline), gzip: files.gzip + inlineGzip },
    frameworkScripts: rows.filter((r) => r.kind === 'script' && FRAMEWORK.test(r.url)).map((r) => r.url),
  };
}

/**
 * Font bytes a reader downloads: on a first visit to `firstUrl` (fresh profile), then on the next
 * page, `nextUrl`, in the same profile with its warm cache. Counts the responses of type font with
 * the bytes that came over the network (Playwright reports no body bytes for a cache hit).
 * @param {import('playwright-core').Browser} browser @param {string} firstUrl @param {string} nextUrl
 */
export async function fontBytes(browser, firstUrl, nextUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {Promise<{ url: string, bytes: number }>[]} */
  const fonts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'font') return;
    fonts.push(response.request().sizes().then((s) => ({ url: response.url(), bytes: Math.max(0, s.responseBodySize) }), () => ({ url: response.url(), bytes: 0 })));
  });
  const visit = async (/** @type {string} */ url) => {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const rows = await Promise.all(fonts.splice(0));
    return { bytes: rows.reduce((n, r) => n + r.bytes, 0), files: rows.length };
  };
  const first = await visit(firstUrl);
  const next = await visit(nextUrl);
  await context.close();
  return { first, next };
}

/** Milliseconds between keystrokes when typing a query (a quick typist, about 8 characters a second). */
const KEY_INTERVAL = 120;

// Records, for every keystroke in the header search field, when it happened, the text it left in the
// field, and when results for that text (or a later one) were first on screen.
const TIMER = () => {
  const w = /** @type {any} */ (window);
  w.__keys = [];
  document.addEventListener(
    'keydown',
    (event) => {
      const target = /** @type {HTMLInputElement} */ (event.target);
      if (target.id === 'site-search-input' && event.key.length === 1) w.__keys.push({ at: performance.now(), text: '', shown: 0, own: false });
    },
    true,
  );
  document.addEventListener(
    'input',
    (event) => {
      const target = /** @type {HTMLInputElement} */ (event.target);
      const key = w.__keys.at(-1);
      if (target.id === 'site-search-input' && key && !key.text) key.text = target.value.trim();
    },
    true,
  );
  new MutationObserver(() => {
    const text = document.querySelector('.search-panel .search-status')?.textContent ?? '';
    const at = performance.now();
    w.__keys.forEach((/** @type {any} */ key, /** @type {number} */ i) => {
      if (key.shown || !key.text) return;
      const own = text.includes(`“${key.text}”`);
      const later = w.__keys.slice(i + 1).some((/** @type {any} */ k) => k.text && text.includes(`“${k.text}”`));
      if (own || later) {
        key.own = own;
        requestAnimationFrame(() => (key.shown = at));
      }
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });
};

/**
 * Types a query into the header field at a typist's pace. Returns, per keystroke, the ms until the
 * results for the text typed so far were on screen (first: from the first keystroke to any results,
 * which for a first letter are the places it starts; firstText: from the first keystroke to the first
 * full-text results, for two letters or more), and the first result title for the whole query.
 * @param {import('playwright-core').Page} page @param {string} query
 */
export async function timedQuery(page, query) {
  await page.evaluate(() => (/** @type {any} */ (window).__keys = []));
  const input = page.locator('#site-search-input');
  await input.focus();
  await input.evaluate((el) => /** @type {HTMLInputElement} */ (el).select());
  await page.keyboard.type(query, { delay: KEY_INTERVAL });
  await page.locator('.search-panel .search-status').filter({ hasText: `“${query}”` }).waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => /** @type {any} */ (window).__keys.every((/** @type {any} */ k) => k.shown > 0), null, { timeout: 15_000 });
  const keys = /** @type {{ at: number, text: string, shown: number, own: boolean }[]} */ (await page.evaluate(() => /** @type {any} */ (window).__keys));
  const text = keys.find((k) => k.text.length >= 2 && k.shown > 0);
  const first = await page.locator('.search-panel .result-title').first().innerText().catch(() => '');
  return {
    first,
    firstResultsMs: (keys[0]?.shown ?? 0) - (keys[0]?.at ?? 0),
    firstTextMs: (text?.shown ?? 0) - (keys[0]?.at ?? 0),
    keystrokeMs: keys.filter((k) => k.own).map((k) => k.shown - k.at),
  };
}

/**
 * Cold and warm search timings, bytes per query, and whether planted phrases come first.
 * @param {import('playwright-core').Browser} browser
 * @param {{ articleUrl: string, coldQueries: string[], warmQueries: string[], planted: { phrase: string, title: string }[] }} plan
 */
export async function measureSearch(browser, { articleUrl, coldQueries, warmQueries, planted }) {
  /** @type {number[]} */
  const cold = [];
  /** @type {number[]} */
  const coldText = [];
  /** @type {number[]} */
  const warm = [];
  /** @type {number[]} */
  const firstBytes = [];
  /** @type {number[]} */
  const warmBytes = [];
  for (const query of coldQueries) {
    const context = await browser.newContext();
    await context.addInitScript(TIMER);
    const page = await context.newPage();
    const recorder = recordResponses(page);
    await page.goto(articleUrl, { waitUntil: 'networkidle' });
    await recorder.take();
    const { firstResultsMs, firstTextMs } = await timedQuery(page, query);
    cold.push(firstResultsMs);
    coldText.push(firstTextMs);
    await page.waitForLoadState('networkidle');
    firstBytes.push((await recorder.take()).reduce((n, r) => n + r.gzip, 0));
    for (const next of warmQueries) {
      const result = await timedQuery(page, next);
      warm.push(...result.keystrokeMs);
      await page.waitForLoadState('networkidle');
      warmBytes.push((await recorder.take()).reduce((n, r) => n + r.gzip, 0));
    }
    await context.close();
  }
  const context = await browser.newContext();
  await context.addInitScript(TIMER);
  const page = await context.newPage();
  await page.goto(articleUrl, { waitUntil: 'networkidle' });
  /** @type {string[]} */
  const misses = [];
  for (const { phrase, title } of planted) {
    const { first } = await timedQuery(page, phrase);
    if (first !== title) misses.push(`"${phrase}" → ${first || 'nothing'} (wanted ${title})`);
  }
  const phraseExtra = await phraseSearchCost(page, [...warmQueries, ...planted.map((p) => p.phrase)].filter((q) => q.includes(' ')));
  await context.close();
  return { cold, coldText, warm, firstBytes, warmBytes, phraseExtra, planted: { first: planted.length - misses.length, total: planted.length, misses } };
}

/**
 * What the quoted phrase search adds to a warm query, in ms: the plain search alone against the
 * plain and phrase searches run together (as the panel runs them), index chunks already loaded.
 * @param {import('playwright-core').Page} page @param {string[]} queries
 */
async function phraseSearchCost(page, queries) {
  return page.evaluate(async (list) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const filters = { type: { none: ['-'] }, chapter: { none: ['-'] }, section: { none: ['-'] } };
    /** @type {number[]} */
    const extra = [];
    for (const query of list) {
      const plain = () => pagefind.search(query, { filters });
      const phrase = () => pagefind.search(`"${query}"`, { filters });
      await Promise.all([plain(), phrase()]);
      for (let run = 0; run < 3; run++) {
        let t = performance.now();
        await plain();
        const alone = performance.now() - t;
        t = performance.now();
        await Promise.all([plain(), phrase()]);
        extra.push(Math.max(0, performance.now() - t - alone));
      }
    }
    return extra;
  }, queries);
}
