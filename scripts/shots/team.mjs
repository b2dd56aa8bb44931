// @ts-check
/** Screenshots of the team roll-up: the empty drop zone, three reps' files read (one rep asked for, one file refused), the full board and its print. */
import { checklistSeed, quizSeed } from '../worksheet-seeds.mjs';

const SAVED = '2026-11-23T10:00:00.000Z';
const json = (/** @type {string} */ name, /** @type {unknown} */ body) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) });
const withRep = (/** @type {any} */ envelope, /** @type {string | null} */ rep) => (rep ? { ...envelope, rep } : envelope);

/** A value worksheet export of the given customers ([name, revenue, margin %, cost to serve]). @param {[string, number, number, number][]} rows @param {string | null} rep */
function valueFile(rows, rep) {
  const customers = Object.fromEntries(rows.map(([name, revenue, margin, costToServe], i) => [
    `v-${i}`,
    { updatedAt: 1, value: { name, revenue, margin, costToServe, orders: 6 + i, lastOrder: '2026-10-01', years: null, retention: null, referrals: i % 3, referralValue: 5000, influence: i % 5, knowledge: null, addedAt: i + 1 } },
  ]));
  return withRep({ app: 'customer-atlas', worksheet: 'customer-value', version: 1, savedAt: SAVED, data: { customers, settings: {} } }, rep);
}

/** Reading progress of the given article ids. @param {string[]} ids @param {string | null} rep */
const progressFile = (ids, rep) =>
  withRep({ app: 'customer-atlas', kind: 'reading-progress', version: 1, savedAt: SAVED, articles: Object.fromEntries(ids.map((id, i) => [id, { readAt: 1_764_000_000_000 + i, how: 'end' }])) }, rep);

/** A checklist seed of `count` customers; `flip` sets one of them to 0 everywhere, so two reps judge it differently. */
function checklistOf(/** @type {string | null} */ rep, count = 8, flip = false) {
  const seed = /** @type {any} */ (checklistSeed({ count }));
  if (flip) seed.data.customers['k-3'].value.ratings = Object.fromEntries(Object.keys(seed.data.customers['k-3'].value.ratings).map((c) => [c, 0]));
  return withRep(seed, rep);
}

const accounts = /** @type {[string, number, number, number][]} */ ([
  ['Northwind Traders', 480_000, 35, 28_000], ['Harbour Health', 210_000, 30, 22_000], ['Juniper Labs', 150_000, 22, 41_000], ['Maple Freight', 95_000, 45, 9_000],
  ['Quartz Legal', 64_000, 28, 6_500], ['Cobalt', 38_000, 25, 14_000], ['Birch Ltd', 27_000, 30, 3_000], ['Alder & Co', 18_500, 40, 2_500],
]);

/** Every file of the three reps, the third without a name, and one damaged file. */
export const teamFiles = () => [
  json('ana/customer-type-quiz-all-accounts-2026-11-23.json', withRep(quizSeed({}), 'Ana Lima')),
  json('ana/ideal-customer-checklist-2026-11-23.json', checklistOf('Ana Lima')),
  json('ana/customer-value-2026-11-23.json', valueFile(accounts, 'Ana Lima')),
  json('ana/reading-progress-2026-11-23.json', progressFile(['what-is-a-customer-six-types', 'characterizing-customers', 'unqualify-fast'], 'Ana Lima')),
  json('ben/ideal-customer-checklist-2026-11-23.json', checklistOf('Ben Okafor', 6, true)),
  json('ben/customer-value-2026-11-23.json', valueFile(accounts.slice(2, 7).map(([n, r, m, c]) => [n, Math.round(r * 0.8), m, c]), 'Ben Okafor')),
  json('ben/reading-progress-2026-11-23.json', progressFile(['what-is-a-customer-six-types'], 'Ben Okafor')),
  json('cy/ideal-customer-checklist-2026-11-23.json', checklistOf(null, 3)),
  json('cy/reading-progress-2026-11-23.json', progressFile(['characterizing-customers', 'firing-a-customer'], null)),
  { name: 'ben/customer-value-old.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"customer-atlas","worksheet":"customer-value","version":1,"data":{"custo') },
];

/** Drops the files; leaves the question about the unnamed files open. @param {import('playwright-core').Page} page */
async function drop(page) {
  await page.getByLabel('Choose files…').setInputFiles(teamFiles());
  await page.getByRole('button', { name: 'Add to the roll-up' }).waitFor();
}

/** Drops the files and names the third rep. @param {import('playwright-core').Page} page */
async function full(page) {
  await drop(page);
  await page.getByLabel('Rep’s name for these files').fill('Cy Park');
  await page.getByRole('button', { name: 'Add to the roll-up' }).click();
  await page.locator('[data-team-status]', { hasText: 'from 3 reps' }).waitFor();
  await page.mouse.move(0, 0);
}

/** @type {import('../shots.mjs').Shot[]} */
export const shots = [
  { name: 'team-empty', path: '/team/' },
  {
    name: 'team-ask',
    path: '/team/',
    widths: [390, 1366],
    prepare: async (page) => {
      await drop(page);
      await page.locator('.team-files').scrollIntoViewIfNeeded();
    },
  },
  { name: 'team-full', path: '/team/', fullPage: true, print: true, prepare: full },
];
