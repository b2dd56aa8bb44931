// @ts-check
/** Screenshots of issue 14's states: reading progress on home, an article and "Your reading", the kept-aside notice, the update prompt, keep offline. */

const KEY = 'customer-atlas:reading-progress:v1';
const read = (/** @type {string[]} */ ids) =>
  JSON.stringify({ app: 'customer-atlas', kind: 'reading-progress', version: 1, articles: Object.fromEntries(ids.map((id, i) => [id, { readAt: 1_764_000_000_000 + i, how: 'end' }])) });
const SOME = ['introduction-to-customers', 'what-is-a-customer-six-types', 'customer-categories', 'unqualify-fast'];

/** @param {import('playwright-core').Page} page @param {Record<string, string>} values */
async function withStorage(page, values) {
  await page.evaluate((v) => Object.entries(v).forEach(([k, x]) => localStorage.setItem(k, x)), values);
  await page.reload({ waitUntil: 'networkidle' });
}

/** @type {import('../shots.mjs').Shot[]} */
export const shots = [
  {
    name: 'progress-home',
    path: '/',
    prepare: async (page) => {
      await withStorage(page, { [KEY]: read(SOME), 'customer-atlas:reading-progress:last': 'characterizing-customers' });
      await page.locator('[data-continue-slot] .continue-reading').waitFor();
    },
  },
  {
    name: 'progress-article-read',
    path: '/articles/unqualify-fast/',
    prepare: async (page) => {
      await withStorage(page, { [KEY]: read(SOME) });
      await page.mouse.wheel(0, 1);
      await page.locator('[data-mark-read][aria-pressed="true"]').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  },
  {
    name: 'progress-page',
    path: '/progress/',
    fullPage: true,
    prepare: async (page) => {
      await withStorage(page, { [KEY]: read(SOME), [`${KEY}:backup:1764000000000`]: '{"broken": true' });
      await page.locator('[data-progress-kept]:not([hidden])').waitFor();
    },
  },
  {
    name: 'progress-kept-aside-notice',
    path: '/sections/good-and-bad-customers/',
    prepare: async (page) => {
      await withStorage(page, { [KEY]: '{"app":"customer-atlas","kind":"reading-progress","version":1,"articles":{"x":{"readAt":"soon"}}}' });
      await page.locator('.progress-notice').waitFor();
    },
  },
  {
    name: 'update-prompt',
    path: '/articles/firing-a-customer/',
    prepare: async (page) => {
      // The same markup src/browser/site/sw-register.ts writes when a new build waits (that needs a second deploy).
      await page.evaluate(() => {
        const box = document.createElement('div');
        box.className = 'update-prompt atlas-toast';
        box.innerHTML = '<p role="status">A new version is available.</p><button type="button" class="button primary">Reload</button> <button type="button" class="button">Later</button>';
        document.body.append(box);
      });
    },
  },
  {
    name: 'keep-chapter-offline',
    path: '/chapters/customers/',
    prepare: async (page) => {
      await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 60_000 });
      await page.reload({ waitUntil: 'networkidle' });
      await page.locator('.keep-offline-status').filter({ hasText: 'On this device' }).waitFor();
    },
  },
];
