// @ts-check
/** Screenshots of search: the header panel open on a first letter (places) and on a query (with and without a definition) and the /search/ page. */

/** @param {string} query @returns {(page: import('playwright-core').Page) => Promise<void>} */
const typeInHeader = (query) => async (page) => {
  const input = page.locator('#site-search-input');
  // On a phone the field sits behind the header's search button.
  const toggle = page.locator('[data-search-toggle]');
  if (await toggle.isVisible()) await toggle.click();
  await input.focus();
  await input.fill(query);
  await page.locator('.search-panel .search-status').filter({ hasText: `“${query}”` }).waitFor();
  await page.waitForTimeout(150);
};

/** @type {import('../shots.mjs').Shot[]} */
export const shots = [
  { name: 'search-panel-definition', path: '/articles/the-drug-supplier/', widths: [390, 1366], prepare: typeInHeader('bag of wind') },
  { name: 'search-panel-results', path: '/', widths: [390, 1366], prepare: typeInHeader('customer') },
  // A lone first letter: the chapters, sections and worksheets it starts.
  { name: 'search-panel-places', path: '/', widths: [390, 1366], prepare: typeInHeader('c') },
  {
    name: 'search-panel-filters',
    path: '/',
    widths: [390, 1366],
    prepare: async (page) => {
      await typeInHeader('customer')(page);
      await page.locator('.search-panel .search-filter-toggle').click();
      await page.locator('.search-panel [data-filter="type"]').waitFor();
    },
  },
  {
    name: 'search-page',
    path: '/search/?q=lifetime+value',
    widths: [390, 1366],
    prepare: async (page) => {
      await page.locator('.search-status').filter({ hasText: 'lifetime value' }).waitFor();
    },
  },
];
