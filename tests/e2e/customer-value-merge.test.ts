/** The customer value worksheet in Chromium: a re-import reviewed as a merge, undone in one click; clear all with the export offered; fractions read as percents and reversible; a cell to fix. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { download } from '../helpers/checklist-page';
import { chooseCsv, fixture, importAccounts, tableRows, valuePath, waitForWorksheet } from '../helpers/customer-value-page';

let session: SiteSession;
let page: Page;
let first: string[][];

const backups = (p: Page) => p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('customer-atlas:customer-value:v1:backup:')).length);

beforeAll(async () => {
  session = await startSession();
  page = await session.open(valuePath);
  await waitForWorksheet(page);
  await importAccounts(page);
  first = await tableRows(page);
});
afterAll(() => session?.close());

describe('customer value worksheet: re-import, undo and clear', () => {
  it('shows the currency read from the cells in the table and the summary', async () => {
    await expect(page.locator('#cv-table-caption').innerText()).resolves.toContain('amounts in USD ($)');
    await expect(page.locator('.cv-stat', { hasText: 'Engagement value' }).locator('.cv-stat-value').innerText()).resolves.toMatch(/^\$[\d,]+$/);
  });

  it('reviews a changed file as a merge: one changed, one new, one unchanged after suffix removal, one near match asked', async () => {
    await chooseCsv(page, fixture('e2e/accounts-update.csv'));
    await page.getByRole('button', { name: 'Import 4 rows' }).click();
    await page.getByRole('heading', { name: 'Review what accounts-update.csv would change' }).waitFor();
    await page.getByText('1 new, 1 changed, 1 unchanged, 1 to decide. Nothing is saved until you apply.').waitFor();
    await page.getByText('revenue: 480,000 → 520,000').waitFor();
    await page.getByText('“Litware Labs Group” (row 4) and “Litware Labs” here').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expect(page.getByRole('button', { name: 'Answer the question above first' }).isDisabled()).resolves.toBe(true);
    // Nothing is written while the review is open.
    await expect.poll(() => tableRows(page)).toEqual(first);
    await page.getByLabel('Same customer: keep mine').click();
    await page.getByRole('button', { name: 'Apply: add 1, update 1' }).click();
    await page.getByText('Imported 1 new customer and updated 1 from accounts-update.csv. 2 kept as they were.').waitFor();
    const names = (await tableRows(page)).map((r) => r[1]);
    expect(names).toHaveLength(12);
    expect(names).toContain('Globex Partners');
    expect(names).not.toContain('Litware Labs Group');
    expect(names).not.toContain('Contoso Builders, Inc.');
  });

  it('undoes the import in one click and shows the first state again, also after a reload', async () => {
    await page.getByRole('button', { name: 'Undo the import of accounts-update.csv' }).click();
    await page.getByText('Undid the import of accounts-update.csv: your customers are as they were before it.').waitFor();
    await expect.poll(() => tableRows(page)).toEqual(first);
    await page.reload();
    await waitForWorksheet(page);
    await expect.poll(() => tableRows(page)).toEqual(first);
    await expect(page.getByRole('button', { name: /^Undo the import/ }).count()).resolves.toBe(0);
    expect(await backups(page)).toBeGreaterThanOrEqual(2);
  });

  it('clears all customers behind a confirmation that offers an export first, and can undo that too', async () => {
    const before = await backups(page);
    await page.getByRole('button', { name: 'Clear all customers…' }).click();
    await page.getByRole('heading', { name: 'Clear all 11 customers?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const json = await download(page, 'Export them first (JSON)');
    expect(json.name).toMatch(/^customer-value-\d{4}-\d{2}-\d{2}\.json$/);
    expect(Object.values(JSON.parse(json.text).data.customers as Record<string, { deleted?: boolean }>).filter((r) => !r.deleted)).toHaveLength(11);
    await expect.poll(() => tableRows(page)).toEqual(first);
    await page.getByRole('button', { name: 'Clear all 11 customers' }).click();
    await page.getByText('Cleared 11 customers. A copy is kept in this browser; Undo brings them back.').waitFor();
    await expect.poll(() => tableRows(page)).toEqual([]);
    expect(await backups(page)).toBe(before + 1);
    await page.getByRole('button', { name: 'Undo clearing all customers' }).click();
    await expect.poll(() => tableRows(page)).toEqual(first);
  });
});

describe('customer value worksheet: readings and cells to fix', () => {
  it('reads HubSpot fractions as percents, says so in one line, and reverses it', async () => {
    const fresh = await session.open(valuePath);
    await waitForWorksheet(fresh);
    await chooseCsv(fresh, fixture('hubspot.csv'));
    const notice = fresh.getByText('The gross margin column holds fractions, so 0.22 is read as 22 %.');
    await notice.waitFor();
    const preview = () => fresh.locator('.cv-preview li').first().innerText();
    await expect(preview()).resolves.toBe('Soylent Foods 1 (row 2): revenue 90713.67, gross margin 22, cost to serve 4100, orders 12, last order date 2026-03-14');
    expect(await axeViolations(fresh)).toEqual([]);
    await fresh.getByRole('button', { name: 'Read as written (gross margin)' }).click();
    await fresh.getByText('The gross margin column is read as written.').waitFor();
    await fresh.getByText('Every gross margin is under 1 %. If the file writes 22 % as 0.22, read the margin column as fractions.').waitFor();
    await expect(preview()).resolves.toContain('gross margin 0.22,');
    await fresh.getByRole('button', { name: 'Read as fractions (gross margin)' }).click();
    await expect(preview()).resolves.toContain('gross margin 22,');
    await fresh.getByLabel('Currency of the amounts').selectOption('EUR');
    await fresh.getByLabel(/Also bring in the 1 row with one bad cell/).check();
    await fresh.getByRole('button', { name: 'Import 4 rows (1 to fix)' }).click();
    await fresh.getByText('Imported 4 new customers from hubspot.csv.').waitFor();
    // The row with a bad cell is listed to fix and counts in no total until then.
    await expect.poll(() => tableRows(fresh).then((rows) => rows.map((r) => r[1]).sort())).toEqual(['Hooli', 'Initech', 'Soylent Foods 1']);
    await fresh.getByText('Umbrella Holdings: orders ‘twelve’ could not be read.').waitFor();
    await expect(fresh.locator('.cv-stat', { hasText: 'Customers' }).locator('.cv-stat-value').innerText()).resolves.toBe('3');
    await fresh.getByRole('button', { name: 'Fix Umbrella Holdings' }).click();
    await fresh.getByLabel('Orders in the last 12 months').fill('12');
    await expect.poll(() => tableRows(fresh).then((rows) => rows.length)).toBe(4);
    await expect(fresh.locator('.cv-fix').count()).resolves.toBe(0);
    await expect(fresh.locator('#cv-table-caption').innerText()).resolves.toContain('amounts in EUR (€)');
    await fresh.context().close();
  });
});
