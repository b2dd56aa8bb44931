/** The customer value worksheet in Chromium: bringing customers in (CSV through the mapping step, paste, typing), the table and chart, reload. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type SiteSession } from '../helpers/browser';
import { amount, chooseCsv, fixture, tableRows, valuePath, waitForWorksheet } from '../helpers/customer-value-page';

let session: SiteSession;
let page: Page;

beforeAll(async () => {
  session = await startSession();
  page = await session.open(valuePath);
  await waitForWorksheet(page);
});
afterAll(() => session?.close());

const ranked = [
  ['1', 'Northwind Traders', 'A'],
  ['2', 'Contoso Builders', 'A'],
  ['3', 'Litware Labs', 'A'],
  ['4', 'Adatum Clinics', 'B'],
  ['5', 'Wingtip Retail', 'B'],
  ['6', 'Proseware', 'B'],
  ['7', '<script>alert(1)</script> Ltd', 'B'],
];

describe('customer value worksheet: bringing customers in', () => {
  it('explains the measures and formulas without JavaScript', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${session.site.root}${valuePath}`);
    const how = await plain.locator('.cv-how').innerText();
    expect(how).toContain('CEV = CLV + CRV + CIV + CKV');
    expect(how).toMatch(/CLV = Σ\s*t = 1…H m × r\s*t−1 ÷ \(1 \+ d\)\s*t/);
    expect(how).toContain('Annual revenue × gross margin − yearly cost to serve');
    expect(how).toContain('The 20/200 rule and the whale curve');
    expect(how).toContain('Tier A: protect and grow: The top fifth of your customers by engagement value');
    await context.close();
  });

  it('shows every bad cell of a CRM export by row, refuses it for mixing $ and €, and imports nothing', async () => {
    await chooseCsv(page, fixture('crm-export.csv'));
    await expect(page.getByLabel('Customer name', { exact: true }).last().locator('option:checked').innerText()).resolves.toBe('Account Name');
    await expect(page.getByLabel('Gross margin %').locator('option:checked').innerText()).resolves.toBe('Gross Margin %');
    await expect(page.locator('.cv-messages li').allInnerTexts()).resolves.toEqual([
      "row 5: revenue 'n/a' is not a number",
      "row 6: gross margin 'abc' is not a number",
      "row 6: last order date '13/45/2026' is not a date (write it like 2026-03-14)",
      "row 8: cost to serve '(1,000)' is below zero",
    ]);
    await page.getByText('2 rows read well, but the file is refused.').waitFor();
    await expect(page.getByRole('alert').innerText()).resolves.toBe('This file mixes currencies: USD ($) (first in row 2) and EUR (€) (first in row 8). Nothing was imported. Export one currency at a time from your CRM, or convert the amounts, then import it again.');
    await expect(page.getByRole('button', { name: 'Nothing to import: see the currency note' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Import none' }).click();
    await page.getByText('Nothing was imported from crm-export.csv.').waitFor();
    await expect.poll(() => tableRows(page)).toEqual([]);
  });

  it('lets the rep correct a column the guess missed', async () => {
    await chooseCsv(page, fixture('no-name-column.csv'));
    await page.getByText('Choose the column that holds the name: it is needed for every customer.').waitFor();
    await expect(page.getByRole('button', { name: 'Choose the name column' }).isDisabled()).resolves.toBe(true);
    await page.locator('#cv-map-name').selectOption({ label: 'Owner' });
    await page.getByText('1 row is ready to import.').waitFor();
    await page.getByRole('button', { name: 'Import 1 row' }).click();
    await page.getByText('Imported 1 new customer from no-name-column.csv.').waitFor();
    await expect.poll(() => tableRows(page).then((rows) => rows.map((r) => r[1]))).toEqual(['Dana']);
    await page.getByRole('button', { name: 'Remove Dana' }).click();
  });

  it('imports the good rows of a CRM export and ranks them, markup kept as text', async () => {
    let dialogs = 0;
    page.on('dialog', (d) => void (dialogs++, d.dismiss()));
    await chooseCsv(page, fixture('e2e/accounts.csv'));
    await expect(page.locator('.cv-messages li').allInnerTexts()).resolves.toEqual(["row 13: revenue 'n/a' is not a number"]);
    await page.getByRole('button', { name: 'Import the 11 good rows' }).click();
    await page.getByText('Imported 11 new customers from accounts.csv.').waitFor();
    const rows = await tableRows(page);
    expect(rows.slice(0, 7).map((r) => r.slice(0, 3))).toEqual(ranked);
    expect(rows.slice(7).map((r) => r[2])).toEqual(['C', 'C', 'C', 'C']);
    expect(await page.locator('.cv script, .cv img').count()).toBe(0);
    await expect(page.getByRole('rowheader', { name: '<script>alert(1)</script> Ltd' }).innerText()).resolves.toBe('<script>alert(1)</script> Ltd');
    expect(dialogs).toBe(0);
  });

  it('sorts by a column header and undoes a removal', async () => {
    await page.getByRole('button', { name: /^Customer/ }).click();
    await expect(page.locator('th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect.poll(() => tableRows(page).then((rows) => rows.slice(0, 3).map((r) => r[1]))).toEqual(['<script>alert(1)</script> Ltd', 'Adatum Clinics', 'Coho Winery']);
    await page.getByRole('button', { name: /^Engagement value/ }).click();
    await expect.poll(() => tableRows(page).then((rows) => rows[0]![1])).toBe('Northwind Traders');
    await page.getByRole('button', { name: 'Remove Proseware' }).click();
    await page.getByText('Removed Proseware.').waitFor();
    await expect.poll(() => tableRows(page)).toHaveLength(10);
    await page.getByRole('button', { name: 'Undo removing Proseware' }).click();
    await expect.poll(() => tableRows(page)).toHaveLength(11);
  });

  it('draws the whale curve from the same figures as the table', async () => {
    const contributions = (await tableRows(page)).map((r) => amount(r[5]!)).sort((a, b) => b - a);
    const total = contributions.reduce((s, x) => s + x, 0);
    let running = 0;
    const expected = contributions.map((x) => ((running += x) / total) * 100);
    const drawn = await page.locator('.cv-chart-table td[data-share]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-share'))));
    expect(drawn).toHaveLength(11);
    drawn.forEach((share, i) => expect(share).toBeCloseTo(expected[i]!, 1));
    const peak = Math.max(...expected);
    await expect(page.locator('.cv-peak').getAttribute('data-share').then(Number)).resolves.toBeCloseTo(peak, 1);
    await expect(page.locator('.cv-peak').getAttribute('data-customers')).resolves.toBe(String(expected.indexOf(peak) + 1));
    await expect(page.locator('.cv-stat', { hasText: 'Profit peak' }).locator('.cv-stat-value').innerText()).resolves.toBe(`${Math.round(peak)}%`);
  });

  it('recomputes everything as an assumption is typed, and keeps it across a reload', async () => {
    const before = await tableRows(page);
    await page.getByLabel('Discount rate (d)').fill('0');
    await page.getByLabel('Horizon (H)').fill('1');
    // With no discount and one year, CLV is the yearly contribution itself.
    await expect.poll(() => tableRows(page).then((rows) => rows.every((row) => row[4] === row[5]))).toBe(true);
    const after = await tableRows(page);
    expect(after[0]![4]).not.toBe(before[0]![4]);
    await page.reload();
    await waitForWorksheet(page);
    await expect.poll(() => tableRows(page)).toEqual(after);
    await expect(page.getByLabel('Horizon (H)').inputValue()).resolves.toBe('1');
  });

  it('adds a typed customer and saves the figures entered for it', async () => {
    await page.getByLabel('Customer name', { exact: true }).first().fill('Typed Co');
    await page.getByRole('button', { name: 'Add customer' }).click();
    await page.getByRole('heading', { name: 'Typed Co: figures and value' }).waitFor();
    await page.getByLabel('Annual revenue').fill('$1,000,000');
    await page.getByLabel('Gross margin').fill('50');
    await page.getByText('CEV 500,000, tier A, rank 1').waitFor();
    await page.getByLabel('Gross margin').fill('150');
    await page.getByText('Use a number from -100 to 100.').waitFor();
    await page.reload();
    await waitForWorksheet(page);
    await expect.poll(() => tableRows(page).then((rows) => rows[0]!.slice(0, 4))).toEqual(['1', 'Typed Co', 'A', '500,000']);
  });

  it('reads rows pasted from a spreadsheet and, after the review, updates customers with the same name', async () => {
    await page.getByRole('button', { name: 'Paste from a spreadsheet' }).click();
    await page.getByLabel('Rows copied from a spreadsheet, header row first').fill('Customer\tRevenue\tMargin\nTyped Co\t2,000,000\t50\nPasted Ltd\t10,000\t30\n');
    await page.getByRole('button', { name: 'Read the pasted rows' }).click();
    await page.getByText('2 rows are ready to import.').waitFor();
    await page.getByRole('button', { name: 'Import 2 rows' }).click();
    await page.getByText('1 new, 1 changed, 0 unchanged. Nothing is saved until you apply.').waitFor();
    await page.getByText('revenue: 1,000,000 → 2,000,000').waitFor();
    await page.getByRole('button', { name: 'Apply: add 1, update 1' }).click();
    await page.getByText('Imported 1 new customer and updated 1 from the pasted rows.').waitFor();
    await expect.poll(() => tableRows(page).then((rows) => rows[0]!.slice(1, 4))).toEqual(['Typed Co', 'A', '1,000,000']);
    await expect(page.getByRole('rowheader', { name: 'Pasted Ltd' }).count()).resolves.toBe(1);
  });
});
