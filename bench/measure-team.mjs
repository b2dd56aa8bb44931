// @ts-check
/**
 * The team roll-up at scale, in Chromium: 50 reps' exports of 200 customers each (a checklist and
 * a value worksheet JSON per rep, 100 files, 10,000 customers, a tenth of them held by two reps)
 * dropped on the page. *Drop to first view* is the time from the drop event to the per-rep table
 * showing all 50 reps, after the next frame. *Filter* is the median time from
 * choosing one rep in the filter to the table showing only that rep, after the next frame.
 * *JavaScript before interaction* is what /team/ loads before any file arrives (idle callbacks
 * held back), gzip; the roll-up's own code (the TeamBoard chunk) must not be in it.
 *
 * usage alone: node --experimental-strip-types bench/measure-team.mjs [dist]
 */
import { scriptBytes } from './measure-worksheets.mjs';

const REPS = 50;
const CUSTOMERS = 200;
const criteria = ['first-call', 'fair-price', 'raises-the-bar', 'plays-to-strengths', 'opens-doors', 'cost-to-serve'];
const wrap = (/** @type {string} */ worksheet, /** @type {string} */ rep, /** @type {unknown} */ data) =>
  JSON.stringify({ app: 'customer-atlas', worksheet, version: 1, savedAt: '2026-11-23T10:00:00.000Z', rep, data });

/** The customer names of rep `r`: their own, and every tenth one shared with the next rep. @param {number} r */
const customerNames = (r) => Array.from({ length: CUSTOMERS }, (_, i) => (i % 10 === 0 ? `Shared Account ${(r >> 1) * CUSTOMERS + i}` : `Account ${r}-${i}`));

/** One rep's checklist and value worksheet exports, deterministic. @param {number} r */
export function repFiles(r) {
  let seed = 11 + r;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const rep = `Rep ${String(r + 1).padStart(2, '0')}`;
  /** @type {Record<string, unknown>} */
  const checklist = {};
  /** @type {Record<string, unknown>} */
  const value = {};
  customerNames(r).forEach((name, i) => {
    const ratings = Object.fromEntries(criteria.map((c) => [c, Math.floor(rand() * 5)]));
    checklist[`k-${i}`] = { updatedAt: 1, value: { name, ratings, addedAt: i + 1 } };
    const customer = {
      name, revenue: Math.round(2000 + rand() ** 3 * 900_000), margin: 15 + Math.floor(rand() * 30), costToServe: Math.round(rand() * 40_000), orders: Math.floor(rand() * 40),
      lastOrder: '2026-10-01', years: null, retention: null, referrals: Math.floor(rand() * 3), referralValue: Math.round(rand() * 20_000), influence: Math.floor(rand() * 5), knowledge: null, addedAt: i + 1,
    };
    value[`v-${i}`] = { updatedAt: 1, value: customer };
  });
  const file = (/** @type {string} */ name, /** @type {string} */ text) => ({ name: `${rep}/${name}`, mimeType: 'application/json', buffer: Buffer.from(text) });
  return [
    file('ideal-customer-checklist-2026-11-23.json', wrap('ideal-customer-checklist', rep, { customers: checklist, portrait: {}, sources: {} })),
    file('customer-value-2026-11-23.json', wrap('customer-value', rep, { customers: value, settings: {} })),
  ];
}

/**
 * Drop to first view, `runs` times, and the filter change on the last page.
 * @param {import('playwright-core').Browser} browser @param {string} root @param {number} runs
 */
export async function measureTeam(browser, root, runs = 3) {
  const url = `${root}team/`;
  const files = Array.from({ length: REPS }, (_, r) => repFiles(r)).flat();
  const drop = [];
  const filter = [];
  let boardBeforeFiles = false;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    if (run === 0) boardBeforeFiles = await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/TeamBoard\.[^/]*\.js$/.test(e.name)));
    // The files are made in the page first, so what is timed is the page's work from the drop on, not the test's transfer of 6 MB into it.
    drop.push(
      await page.evaluate(async ({ list, reps }) => {
        const data = new DataTransfer();
        for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
        const zone = /** @type {HTMLElement} */ (document.querySelector('.team-drop'));
        const t = performance.now();
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
        while (document.querySelectorAll('[data-team-reps] tbody tr').length < reps) await new Promise((r) => setTimeout(r, 0));
        await new Promise((r) => requestAnimationFrame(() => r(undefined)));
        return performance.now() - t;
      }, { list: files.map((f) => ({ name: f.name, text: f.buffer.toString() })), reps: REPS }),
    );
    if (run === runs - 1) {
      for (let i = 0; i < 5; i++) {
        const rep = `Rep ${String(i * 7 + 2).padStart(2, '0')}`;
        filter.push(
          await page.evaluate(async (name) => {
            const select = /** @type {HTMLSelectElement} */ (document.querySelector('[data-team-rep]'));
            const option = [...select.options].find((o) => o.text === name);
            const t = performance.now();
            select.value = /** @type {HTMLOptionElement} */ (option).value;
            select.dispatchEvent(new Event('change', { bubbles: true }));
            const shown = () => [...document.querySelectorAll('[data-team-reps] tbody tr')].map((tr) => tr.getAttribute('data-rep'));
            while (shown().join() !== name) await new Promise((r) => setTimeout(r, 0));
            await new Promise((r) => requestAnimationFrame(() => r(undefined)));
            return performance.now() - t;
          }, rep),
        );
      }
    }
    await context.close();
  }
  const jsBeforeInteractionGzip = await scriptBytes(browser, url, { idle: false });
  return { customers: REPS * CUSTOMERS, files: files.length, drop, filter, jsBeforeInteractionGzip, boardBeforeFiles };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { launchChromium } = await import('../tests/helpers/chromium.ts');
  const { serveStatic } = await import('../tests/helpers/static-server.ts');
  const site = await serveStatic(process.argv[2] ?? 'dist', '/', { immutableAssets: true });
  const browser = await launchChromium();
  try {
    console.log(JSON.stringify(await measureTeam(browser, site.root, Number(process.argv[3] ?? 3)), null, 2));
  } finally {
    await browser.close();
    await site.close();
  }
}
