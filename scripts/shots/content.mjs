// @ts-check
/** Screenshots of the content pages (issue 10): atlas, chapter, section, article, glossary, print. */
/** @type {import('../shots.mjs').Shot[]} */
export const shots = [
  { name: 'home', path: '/' },
  { name: 'chapter', path: '/chapters/customers/' },
  { name: 'section', path: '/sections/customer-concepts/' },
  { name: 'article', path: '/articles/what-is-a-customer-six-types/', print: true },
  { name: 'glossary', path: '/glossary/' },
  { name: 'glossary-term', path: '/glossary/bag-of-wind/' },
  { name: 'section-print', path: '/sections/customer-concepts/print/', widths: [1366], print: true },
  { name: 'worksheets', path: '/worksheets/' },
  { name: 'not-found', path: '/no-such-page/', widths: [390, 1366], themes: ['light'] },
];
