// @ts-check
/** Screenshots of the booklets (chapter and section) on screen and on paper (print: true). */

/** @type {import('../shots.mjs').Shot[]} */
export const shots = [
  { name: 'booklet-chapter', path: '/chapters/customers/print/', print: true },
  { name: 'booklet-section', path: '/sections/customer-concepts/print/', print: true },
  { name: 'print-article', path: '/articles/what-is-a-customer-six-types/', widths: [], print: true },
];
