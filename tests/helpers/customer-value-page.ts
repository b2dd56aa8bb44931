/** Drives the customer value worksheet in Chromium like a rep would. */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** The worksheet's path under the site root. */
export const valuePath = 'worksheets/customer-value/';
/** The demo CRM export (11 good rows, one bad) used by the browser tests and the screenshots. */
export const accountsCsv = resolve('tests/fixtures/csv/e2e/accounts.csv');
/** A fixture file by name. */
export const fixture = (name: string) => resolve('tests/fixtures/csv', name);

/** Waits until the island has read the saved data, then moves the pointer (the values load on the first interaction) and waits for them. */
export async function waitForWorksheet(page: Page): Promise<void> {
  await page.locator('.cv[data-status="ready"]').waitFor();
  await page.mouse.move(3, 3);
  await page.locator('.cv[data-status="ready"][data-scored="yes"]').waitFor();
}

/** Chooses a CSV file and waits for the mapping step. */
export async function chooseCsv(page: Page, file: string): Promise<void> {
  await page.getByLabel('Import a CSV file').setInputFiles(file);
  await page.locator('#cv-mapping-heading').waitFor();
}

/** Imports the demo export through the mapping step (its good rows). */
export async function importAccounts(page: Page): Promise<void> {
  await chooseCsv(page, accountsCsv);
  await page.getByRole('button', { name: 'Import the 11 good rows' }).click();
  await page.getByText('Imported 11 new customers from accounts.csv.').waitFor();
}

/** The ranked table as [rank, customer (its full name), tier, CEV, CLV, yearly contribution, R F M] rows (every row drawn). */
export async function tableRows(page: Page): Promise<string[][]> {
  return page.locator('.cv-table tbody tr.cv-row').evaluateAll((rows) =>
    rows.map((row) => [...row.children].slice(0, 7).map((cell) => (cell.querySelector('.cv-cev, .cv-full') ?? cell).textContent!.replace(/^(CLV|Yearly|R F M)/, '').trim())),
  );
}

/** Reads an amount as the page writes it ("−1,250" → -1250). */
export const amount = (text: string) => Number(text.replace(/,/g, '').replace('−', '-'));

/** Sums the layout shifts not caused by input, from page load on (install before navigation). */
export async function recordShifts(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

/** The saved data of a worksheet, as stored. */
export const savedValue = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
