// @ts-check
/** Screenshots of the content pages (issue 10): atlas, chapter, section, article, glossary, print. */
/** @type {import('../shots.mjs').Shot[]} */
export const shots = [
  { name: 'home', path: '/' },
  // Home at handbook scale: the benchmark's 700-article corpus (built into a side folder on first use).
  { name: 'home-700', path: '/', corpus: 700 },
  { name: 'home-700-full', path: '/', corpus: 700, widths: [390, 1366], themes: ['light'], fullPage: true },
  { name: 'chapter', path: '/chapters/customers/' },
  {
    name: 'chapter-stop-focus',
    path: '/chapters/customers/',
    widths: [1366],
    // A keyboard user on a stop: its summary card shows; one stop marked read, as the progress script will.
    prepare: async (page) => {
      await page.evaluate(() => document.querySelector('[data-article-id="the-drug-supplier"]')?.classList.add('is-read'));
      await page.evaluate(() => document.querySelector('[data-article-id="introduction-to-customers"]')?.classList.add('is-read'));
      await page.focus('[data-article-id="which-customers-matter-most"]');
    },
  },
  {
    name: 'chapter-phone-open',
    path: '/chapters/customers/',
    widths: [390],
    prepare: async (page) => {
      await page.click('[data-section-id="good-and-bad-customers"] summary');
      await page.evaluate(() => document.querySelector('[data-section-id="good-and-bad-customers"]')?.scrollIntoView());
    },
  },
  { name: 'section', path: '/sections/customer-concepts/' },
  { name: 'article', path: '/articles/what-is-a-customer-six-types/', print: true },
  {
    name: 'article-scrolled',
    path: '/articles/what-is-a-customer-six-types/',
    widths: [1366],
    prepare: async (page) => {
      await page.evaluate(() => document.getElementById('the-bag-of-wind')?.scrollIntoView());
      await page.waitForTimeout(200);
    },
  },
  // Issue 17: the route stays with the reader. Two stops read (one since updated), scrolled mid-article.
  {
    name: 'article-rail',
    path: '/articles/what-is-a-customer-six-types/',
    widths: [390, 1366],
    prepare: async (page) => {
      await page.evaluate(() => {
        const read = (/** @type {string} */ day) => ({ readAt: Date.parse(day), how: 'end' });
        const articles = { 'introduction-to-customers': read('2026-11-30'), 'the-drug-supplier': read('2026-01-10'), 'what-is-a-customer-six-types': read('2026-05-01') };
        localStorage.setItem('customer-atlas:reading-progress:v1', JSON.stringify({ app: 'customer-atlas', kind: 'reading-progress', version: 1, articles }));
      });
      await page.reload();
      await page.evaluate(() => document.getElementById('the-bag-of-wind')?.scrollIntoView());
      await page.waitForTimeout(300);
    },
  },
  {
    name: 'article-rail-phone-open',
    path: '/articles/what-is-a-customer-six-types/',
    widths: [390],
    prepare: async (page) => {
      await page.evaluate(() => document.getElementById('the-bag-of-wind')?.scrollIntoView());
      await page.click('.rail-summary');
      await page.waitForTimeout(200);
    },
  },
  {
    name: 'article-feedback',
    path: '/articles/unqualify-fast/',
    widths: [390, 1366],
    prepare: async (page) => {
      await page.click('[data-feedback-answer="no"]');
      await page.fill('[data-feedback-note]', 'The example call script is missing the part where the rep names a next step.');
      await page.evaluate(() => document.querySelector('[data-feedback]')?.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(200);
    },
  },
  { name: 'whats-new', path: '/whats-new/' },
  {
    name: 'header-search-open',
    path: '/',
    widths: [390],
    prepare: async (page) => {
      await page.click('[data-search-toggle]');
    },
  },
  { name: 'glossary', path: '/glossary/' },
  { name: 'glossary-term', path: '/glossary/bag-of-wind/' },
  { name: 'section-print', path: '/sections/customer-concepts/print/', widths: [1366], print: true },
  { name: 'worksheets', path: '/worksheets/' },
  { name: 'not-found', path: '/no-such-page/', widths: [390, 1366], themes: ['light'] },
];
