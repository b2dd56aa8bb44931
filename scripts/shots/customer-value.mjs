// @ts-check
/** Screenshots of the customer value worksheet: empty, with a CRM export imported (table, chart, tiers), and in print. */
import { resolve } from 'node:path';

const path = 'worksheets/customer-value/';
const csv = resolve('tests/fixtures/csv/e2e/accounts.csv');
const update = resolve('tests/fixtures/csv/e2e/accounts-update.csv');
const hubspot = resolve('tests/fixtures/csv/hubspot.csv');

/** Waits for the saved data, then moves the pointer: the values load on the first interaction. @param {import('playwright-core').Page} page */
async function ready(page) {
  await page.locator('.cv[data-status="ready"]').waitFor();
  await page.mouse.move(3, 3);
  await page.locator('.cv[data-scored="yes"]').waitFor();
}

/** Imports the demo CRM export through the mapping step and waits for the ranked table. @param {import('playwright-core').Page} page */
async function importAccounts(page) {
  await ready(page);
  await page.getByLabel('Import a CSV file').setInputFiles(csv);
  await page.getByRole('button', { name: /^Import the \d+ good rows$/ }).click();
  await page.locator('.cv-row').first().waitFor();
}

/** Scrolls a heading to the top of the screen. @param {import('playwright-core').Page} page @param {string} selector */
async function scrollTo(page, selector) {
  await page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(100);
}

const checklistKey = 'customer-atlas:ideal-customer-checklist:v1';
/** Checklist customers with the same names as the demo export: one agrees, one partly, one disagrees, one loses money and is rated "develop". */
function checklistSave() {
  const ids = ['first-call', 'fair-price', 'raises-the-bar', 'plays-to-strengths', 'opens-doors', 'cost-to-serve'];
  const rated = [['Northwind Traders', [0, 0, 0, 0, 0, 0]], ['Lucerne Publishing', [2, 3, 2, 2, 1, 2]], ['Litware Labs', [4, 4, 4, 4, 4, 4]], ['Proseware', [4, 4, 4, 4, 4, 4]]];
  const customers = Object.fromEntries(rated.map(([name, steps], i) => [`c-${i}`, { updatedAt: 1000 + i, value: { name, addedAt: 1000 + i, ratings: Object.fromEntries(ids.map((id, k) => [id, /** @type {number[]} */ (steps)[k]])) } }]));
  return JSON.stringify({ app: 'customer-atlas', worksheet: 'ideal-customer-checklist', version: 1, savedAt: '2026-11-23T00:00:00.000Z', data: { customers, portrait: {}, sources: {} } });
}

/** @type {import('../shots.mjs').Shot[]} */
export const shots = [
  { name: 'customer-value-empty', path, prepare: ready },
  { name: 'customer-value-imported', path, fullPage: true, print: true, prepare: importAccounts },
  {
    name: 'customer-value-mapping',
    path,
    widths: [390, 1366],
    prepare: async (page) => {
      await ready(page);
      await page.getByLabel('Import a CSV file').setInputFiles(csv);
      await page.locator('#cv-mapping-heading').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'customer-value-mapping-notices',
    path,
    widths: [390, 1366],
    prepare: async (page) => {
      await ready(page);
      await page.getByLabel('Import a CSV file').setInputFiles(hubspot);
      await page.locator('.cv-readings').waitFor();
      await page.locator('.cv-columns').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    },
  },
  {
    name: 'customer-value-merge-review',
    path,
    widths: [390, 1366],
    prepare: async (page) => {
      await importAccounts(page);
      await page.getByLabel('Import a CSV file').setInputFiles(update);
      await page.getByRole('button', { name: 'Import 4 rows' }).click();
      await page.locator('#cv-review-heading').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'customer-value-undo',
    path,
    widths: [390, 1366],
    prepare: async (page) => {
      await importAccounts(page);
      await page.getByLabel('Import a CSV file').setInputFiles(update);
      await page.getByRole('button', { name: 'Import 4 rows' }).click();
      await page.getByLabel('Same customer: keep mine').click();
      await page.getByRole('button', { name: /^Apply:/ }).click();
      await page.getByRole('button', { name: 'Clear all customers…' }).click();
      await page.locator('#cv-ranking-heading').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'customer-value-table',
    path,
    prepare: async (page) => {
      await importAccounts(page);
      await scrollTo(page, '#cv-ranking-heading');
    },
  },
  {
    name: 'customer-value-tooltip',
    path,
    widths: [390, 1366],
    prepare: async (page) => {
      await importAccounts(page);
      await scrollTo(page, '#cv-ranking-heading');
      await page.locator('.cv-bar-tip').first().focus();
    },
  },
  {
    name: 'customer-value-instinct',
    path,
    prepare: async (page) => {
      await page.evaluate(([k, v]) => localStorage.setItem(/** @type {string} */ (k), /** @type {string} */ (v)), [checklistKey, checklistSave()]);
      await page.reload({ waitUntil: 'networkidle' });
      await importAccounts(page);
      await page.locator('.cv-instinct-table').waitFor();
      await scrollTo(page, '#cv-instinct-heading');
    },
  },
];
