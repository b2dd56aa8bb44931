/** The customer value worksheet in Chromium: no layout shift, zero axe violations in both themes, the JavaScript budget, papaparse loaded only on demand. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { inlineScriptGzip, pageScripts } from '../helpers/checklist-bundle';
import { scriptBytes } from '../../bench/measure-worksheets.mjs';
import { chooseCsv, fixture, importAccounts, recordShifts, valuePath, waitForWorksheet } from '../helpers/customer-value-page';
import { budgets } from '../helpers/budgets';
import { waitForSettledLayout } from '../helpers/layout-shift';

let session: SiteSession;

beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

describe('customer value worksheet: quality', () => {
  it.each([
    [390, 844],
    [1366, 900],
  ])('does not shift its layout while loading saved customers (%d px)', async (width, height) => {
    const context = await session.browser.newContext({ viewport: { width, height } });
    const first = await context.newPage();
    await first.goto(`${session.site.root}${valuePath}`);
    await waitForWorksheet(first);
    await importAccounts(first);
    const page = await context.newPage();
    const shifts = await recordShifts(page);
    await page.goto(`${session.site.root}${valuePath}`);
    await waitForWorksheet(page);
    await page.locator('.cv-chart svg').waitFor();
    await waitForSettledLayout(page);
    const cls = await shifts();
    console.info(`customer value page CLS at ${width} px with 11 saved customers: ${cls.toFixed(4)}`);
    expect(cls).toBeLessThan(0.02);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has zero axe violations, empty, imported, mapping and editing (%s theme)', async (scheme) => {
    const page = await session.open(valuePath, { colorScheme: scheme });
    await waitForWorksheet(page);
    expect(await axeViolations(page)).toEqual([]);
    await chooseCsv(page, fixture('crm-export.csv'));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Import none' }).click();
    await importAccounts(page);
    await page.getByRole('button', { name: 'Edit Northwind Traders' }).click();
    await page.getByRole('heading', { name: 'Northwind Traders: figures and value' }).waitFor();
    await page.locator('.cv-step-money summary').click();
    await page.locator('.cv-chart-table summary').click();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('loads papaparse only when a file or a paste comes in, and stays within the JavaScript budget', async () => {
    const page = await session.open(valuePath);
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await waitForWorksheet(page);
    const papa = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /read-sheet|SheetImport|papaparse/i.test(e.name)));
    await expect(papa()).resolves.toBe(false);
    await chooseCsv(page, fixture('crm-export.csv'));
    await expect(papa()).resolves.toBe(true);

    const dist = process.env['ATLAS_TEST_DIST'] ?? 'dist';
    const loaded = pageScripts(dist, `${valuePath}index.html`);
    const total = loaded.reduce((sum, s) => sum + s.gzip, 0);
    const inline = inlineScriptGzip(dist, `${valuePath}index.html`);
    const report = [...loaded.map((s) => `${s.file}: ${s.gzip}`), `total script files: ${total}`, `inline scripts: ${inline}`];
    console.info(`customer value page JavaScript before interaction (gzip bytes)\n${report.join('\n')}`);
    expect(loaded.some((s) => s.file.includes('CustomerValue'))).toBe(true);
    expect(loaded.some((s) => /papaparse|read-sheet|SheetImport/i.test(s.file))).toBe(false);
    expect(total + inline, report.join('\n')).toBeLessThanOrEqual(budgets.worksheet.jsGzipMax);
    expect(session.offsite).toEqual([]);
  });

  it('offers a button for the values before any pointer or key is used (for screen-reader browsing)', async () => {
    const context = await session.newContext();
    const first = await context.newPage();
    await first.goto(`${session.site.root}${valuePath}`);
    await waitForWorksheet(first);
    await importAccounts(first);
    const page = await context.newPage();
    // Idle callbacks held back: the values would otherwise load on their own once the page is idle.
    await page.addInitScript(() => Object.assign(window, { requestIdleCallback: () => 0 }));
    await page.goto(`${session.site.root}${valuePath}`);
    const button = page.getByRole('button', { name: 'Show the values of your 11 saved customers' });
    await button.waitFor();
    await expect(page.locator('.cv').getAttribute('data-scored')).resolves.toBe('no');
    await button.evaluate((b) => (b as HTMLButtonElement).click());
    await page.locator('.cv[data-scored="yes"] .cv-row').first().waitFor();
    await context.close();
  });

  it('stays within the worksheet JavaScript budgets before interaction and after idle (as the benchmark measures it)', async () => {
    const url = `${session.site.root}${valuePath}`;
    const before = await scriptBytes(session.browser, url, { idle: false });
    const after = await scriptBytes(session.browser, url, { idle: true });
    console.info(`customer value page JavaScript, gzip: ${before} B before interaction, ${after} B after idle`);
    expect(before).toBeLessThanOrEqual(budgets.worksheet.jsGzipMax);
    expect(after).toBeGreaterThan(before);
    expect(after).toBeLessThanOrEqual(budgets.worksheet.jsAfterIdleGzipMax);
  });

  it("shows saved customers' values without a click once the page is idle", async () => {
    const context = await session.newContext();
    const first = await context.newPage();
    await first.goto(`${session.site.root}${valuePath}`);
    await waitForWorksheet(first);
    await importAccounts(first);
    const page = await context.newPage();
    await page.goto(`${session.site.root}${valuePath}`);
    await page.locator('.cv[data-scored="yes"] .cv-row').first().waitFor();
    await expect(page.locator('.cv-row').count()).resolves.toBe(11);
    await context.close();
  });
});
