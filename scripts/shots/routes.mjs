// @ts-check
/** Screenshots of issue 18's routes: the planner on the chapter map, a shared route with progress, "Your routes", a damaged link, the route card. */

const PICKS = ['characterizing-customers', 'unqualify-fast', 'what-is-a-customer-six-types', 'customers-are-always-testing', 'building-customer-trust'];
const KEY = 'customer-atlas:reading-progress:v1';
const read = (/** @type {string[]} */ ids) =>
  JSON.stringify({ app: 'customer-atlas', kind: 'reading-progress', version: 1, articles: Object.fromEntries(ids.map((id, i) => [id, { readAt: 1_764_000_000_000 + i, how: 'end' }])) });

/** Plans the five-stop route on the chapter map; leaves the planner open. @param {import('playwright-core').Page} page */
async function plan(page) {
  await page.locator('[data-plan-route].is-ready').click();
  await page.locator('[data-route-planner]:not([hidden])').waitFor();
  for (const id of PICKS) {
    const stop = page.locator(`a.stop[data-article-id="${id}"]`);
    if (!(await stop.isVisible())) await page.locator(`li:has(> a.stop[data-article-id="${id}"])`).locator('xpath=ancestor::details/summary').click();
    await stop.click();
  }
  await page.fill('[data-route-name]', 'First week: who to pursue');
  await page.fill('[data-route-note]', 'Read one stop a day, in order. Bring one customer you would drop to Friday’s call.');
  await page.locator('[data-route-note]').blur();
  await page.mouse.move(0, 0);
}

/** Plans the route, then opens its link. @param {import('playwright-core').Page} page */
async function openShared(page) {
  await page.goto(page.url().replace(/routes\/.*$/, 'chapters/customers/'), { waitUntil: 'networkidle' });
  await plan(page);
  const link = await page.inputValue('[data-route-link]');
  await page.evaluate((v) => localStorage.setItem(v.key, v.value), { key: KEY, value: read(PICKS.slice(0, 2)) });
  await page.goto(link, { waitUntil: 'networkidle' });
  await page.locator('.route-view.is-ready').waitFor();
}

/** @type {import('../shots.mjs').Shot[]} */
export const shots = [
  {
    name: 'route-builder',
    path: '/chapters/customers/',
    prepare: async (page) => {
      await plan(page);
      await page.evaluate(() => window.scrollTo(0, 0));
    },
  },
  {
    name: 'route-builder-scrolled',
    path: '/chapters/customers/',
    widths: [390],
    prepare: async (page) => {
      await plan(page);
      await page.locator('[data-route-share]').scrollIntoViewIfNeeded();
    },
  },
  { name: 'route-shared', path: '/routes/', fullPage: true, print: true, prepare: openShared },
  {
    name: 'routes-saved',
    path: '/routes/',
    prepare: async (page) => {
      await openShared(page);
      await page.click('[data-route-save]');
      await page.locator('[data-route-saved]').filter({ hasText: 'Saved' }).waitFor();
      await page.goto(page.url().replace(/\?.*$/, ''), { waitUntil: 'networkidle' });
      await page.locator('.saved-route').first().waitFor();
    },
  },
  { name: 'routes-empty', path: '/routes/', widths: [390, 1366] },
  { name: 'route-damaged', path: '/routes/?r=1QJ-damaged', widths: [390, 1366] },
];
