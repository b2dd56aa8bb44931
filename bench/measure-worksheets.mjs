// @ts-check
/**
 * Worksheet measurements in headless Chromium: the JavaScript each worksheet loads before
 * interaction (idle callbacks held back) and after idle (everything, once the page has settled),
 * its layout shift while loading with saved work, and how long the checklist's ranked table takes
 * to update after a rating change with 200 saved customers.
 */
import { gzipSync } from 'node:zlib';
import { recordResponses } from './measure-browser.mjs';
import { checklistSeed } from '../scripts/worksheet-seeds.mjs';

const QUIZ = 'worksheets/customer-type-quiz/';
const CHECKLIST = 'worksheets/ideal-customer-checklist/';
const VALUE = 'worksheets/customer-value/';
const QUIZ_KEY = 'customer-atlas:customer-type-quiz:v1';
const CHECKLIST_KEY = 'customer-atlas:ideal-customer-checklist:v1';

// Holds idle callbacks back, so what loads is what the page needs before the rep does anything.
const NO_IDLE = () => {
  /** @type {any} */ (window).requestIdleCallback = () => 0;
};
// Sums layout shifts not caused by input (the CLS of a page load).
const CLS = () => {
  const w = /** @type {any} */ (window);
  w.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of /** @type {any[]} */ (list.getEntries())) if (!entry.hadRecentInput) w.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * Gzip bytes of the JavaScript a page loads (files and inline scripts); `idle: false` holds idle callbacks back.
 * @param {import('playwright-core').Browser} browser @param {string} url @param {{ idle: boolean }} o
 */
export async function scriptBytes(browser, url, { idle }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (!idle) await page.addInitScript(NO_IDLE);
  const recorder = recordResponses(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  if (idle) await page.waitForTimeout(1500);
  const rows = (await recorder.take()).filter((r) => r.kind === 'script');
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'));
  await context.close();
  return rows.reduce((n, r) => n + r.gzip, inline ? gzipSync(inline, { level: 9 }).length : 0);
}

/**
 * Layout shift of a page loading with saved work (seeded into localStorage, then reloaded).
 * @param {import('playwright-core').Browser} browser @param {string} url @param {string} key @param {unknown} saved
 */
async function loadShift(browser, url, key, saved, viewport = { width: 1366, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(([k, v]) => localStorage.setItem(/** @type {string} */ (k), /** @type {string} */ (v)), [key, JSON.stringify(saved)]);
  await page.addInitScript(CLS);
  await page.reload({ waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  const cls = await page.evaluate(() => /** @type {any} */ (window).__cls);
  await context.close();
  return cls;
}

/**
 * Median milliseconds from a rating change to the ranked table showing it (the next frame after
 * the score cell changed), with `count` saved customers.
 * @param {import('playwright-core').Browser} browser @param {string} url
 */
export async function checklistUpdateMs(browser, url, count = 200, changes = 9) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(([k, v]) => localStorage.setItem(/** @type {string} */ (k), /** @type {string} */ (v)), [CHECKLIST_KEY, JSON.stringify(checklistSeed({ count }))]);
  await page.reload({ waitUntil: 'networkidle' });
  await page.locator('table.heatmap').waitFor();
  await page.getByRole('button', { name: 'Rescore Birch Ltd' }).click();
  await page.locator('form.rating-form').waitFor();
  /** @type {number[]} */
  const times = [];
  for (let i = 0; i < changes; i++) {
    const level = i % 2 ? 4 : 2;
    times.push(
      await page.evaluate(async (step) => {
        const radio = /** @type {HTMLInputElement} */ (document.querySelectorAll('fieldset.criterion')[0]?.querySelectorAll('input[type=radio]')[step]);
        const row = [...document.querySelectorAll('table.ranking tbody tr')].find((tr) => tr.querySelector('th')?.textContent === 'Birch Ltd');
        const before = row?.textContent;
        const start = performance.now();
        radio.click();
        for (;;) {
          await new Promise((r) => requestAnimationFrame(() => r(undefined)));
          const now = [...document.querySelectorAll('table.ranking tbody tr')].find((tr) => tr.querySelector('th')?.textContent === 'Birch Ltd');
          if (now?.textContent !== before) return performance.now() - start;
          if (performance.now() - start > 5000) return Infinity;
        }
      }, level),
    );
  }
  await context.close();
  const sorted = times.sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Infinity;
}

/**
 * Every worksheet figure the budgets check, for a site served at `root`.
 * @param {import('playwright-core').Browser} browser @param {string} root
 * @returns {Promise<{ jsBeforeInteractionGzip: number, jsAfterIdleGzip: number, clsMax: number, checklistUpdateMs: number }>}
 */
export async function measureWorksheets(browser, root) {
  const urls = [`${root}${QUIZ}`, `${root}${CHECKLIST}`];
  const all = [...urls, `${root}${VALUE}`];
  const before = await Promise.all(all.map((u) => scriptBytes(browser, u, { idle: false })));
  const after = await Promise.all(all.map((u) => scriptBytes(browser, u, { idle: true })));
  const { quizSeed } = await import('../scripts/worksheet-seeds.mjs');
  const shifts = [
    await loadShift(browser, urls[0] ?? '', QUIZ_KEY, quizSeed({})),
    await loadShift(browser, urls[1] ?? '', CHECKLIST_KEY, checklistSeed({})),
    await loadShift(browser, urls[1] ?? '', CHECKLIST_KEY, checklistSeed({}), { width: 390, height: 844 }),
  ];
  return {
    jsBeforeInteractionGzip: Math.max(...before),
    jsAfterIdleGzip: Math.max(...after),
    clsMax: Math.max(...shifts),
    checklistUpdateMs: await checklistUpdateMs(browser, urls[1] ?? ''),
  };
}

// `node bench/measure-worksheets.mjs [dist]`: the figures for one build, without the whole benchmark.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { launchChromium } = await import('../tests/helpers/chromium.ts');
  const { serveStatic } = await import('../tests/helpers/static-server.ts');
  const site = await serveStatic(process.argv[2] ?? 'dist', '/');
  const browser = await launchChromium();
  try {
    console.log(JSON.stringify(await measureWorksheets(browser, site.root), null, 2));
  } finally {
    await browser.close();
    await site.close();
  }
}
