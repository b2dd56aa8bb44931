/** The customer value worksheet in Chromium: exports, JSON import into a fresh profile, corrupt storage, instinct versus numbers, print. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startSession, type SiteSession } from '../helpers/browser';
import { download, parseCsv } from '../helpers/checklist-page';
import { importAccounts, tableRows, valuePath, waitForWorksheet } from '../helpers/customer-value-page';

let session: SiteSession;
let context: BrowserContext;
let page: Page;

const valueKey = 'customer-atlas:customer-value:v1';
const checklistKey = 'customer-atlas:ideal-customer-checklist:v1';

/** The checklist's saved data with customers rated all at one step (4 = keep, 0 = let go) or on the given steps. */
function checklistSave(customers: [string, number[]][]) {
  const ids = ['first-call', 'fair-price', 'raises-the-bar', 'plays-to-strengths', 'opens-doors', 'cost-to-serve'];
  const records = Object.fromEntries(
    customers.map(([name, steps], i) => [`c-${i}`, { updatedAt: 1000 + i, value: { name, addedAt: 1000 + i, ratings: Object.fromEntries(ids.map((id, k) => [id, steps[k]])) } }]),
  );
  return JSON.stringify({ app: 'customer-atlas', worksheet: 'ideal-customer-checklist', version: 1, savedAt: '2026-11-23T00:00:00.000Z', data: { customers: records, portrait: {}, sources: {} } });
}

beforeAll(async () => {
  session = await startSession();
  context = await session.newContext();
  page = await session.open(valuePath, { context });
  await waitForWorksheet(page);
  await importAccounts(page);
});
afterAll(() => session?.close());

describe('customer value worksheet: data in and out', () => {
  it('classes each customer on both worksheets agree, partly or disagree, counts them and flags a money-losing “develop”', async () => {
    const keep = [4, 4, 4, 4, 4, 4];
    const letGo = [0, 0, 0, 0, 0, 0];
    const develop = [2, 3, 2, 2, 1, 2];
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [checklistKey, checklistSave([['Northwind Traders', letGo], ['lucerne publishing', develop], ['Litware Labs', keep], ['Proseware', keep], ['Not Here Inc', keep]])],
    );
    await page.reload();
    await waitForWorksheet(page);
    const rows = page.locator('.cv-instinct-table tbody tr');
    await rows.first().waitFor();
    await expect(rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())))).resolves.toEqual([
      ['Lucerne Publishing', '✕ Disagree', 'Develop', 'C', 'rated develop, loses money'],
      ['Northwind Traders', '✕ Disagree', 'Consider letting go', 'A', 'rated let go, tier A'],
      ['Proseware', '≈ Partly agree', 'Keep, and find more like them', 'B', 'rated a keeper, tier B'],
      ['Litware Labs', '✓ Agree', 'Keep, and find more like them', 'A', 'instinct and numbers agree'],
    ]);
    // The summary's counts are the rows' badges, counted.
    const counted = await page.evaluate(() => {
      const summary = Object.fromEntries([...document.querySelectorAll<HTMLElement>('.cv-instinct-summary [data-count]')].map((b) => [b.dataset['count'], Number(b.textContent!.match(/\d+/)![0])]));
      const badges: Record<string, number> = {};
      for (const tr of document.querySelectorAll<HTMLElement>('.cv-instinct-table tbody tr')) badges[tr.dataset['agreement']!] = (badges[tr.dataset['agreement']!] ?? 0) + 1;
      return { summary, badges };
    });
    expect(counted.summary).toEqual({ disagree: 2, partly: 1, agree: 1 });
    expect(counted.summary).toEqual(counted.badges);
    await page.getByText('4 customers are on both worksheets: ✕ 2 disagree, ≈ 1 partly agree, ✓ 1 agree.').waitFor();
    // The rule is on the page, beside the table.
    await page.locator('.cv-instinct-rule summary').click();
    await page.getByText(/always a customer who loses money/).waitFor();
  });

  it('exports a CSV that lists every customer in rank order with its values', async () => {
    const csv = await download(page, 'Export CSV (spreadsheet)');
    expect(csv.name).toMatch(/^customer-value-\d{4}-\d{2}-\d{2}\.csv$/);
    // The assumptions behind the figures come first, as "#" lines the sheet import reads back.
    expect(csv.text).toMatch(/^# Customer Atlas customer value export\r\n# retention %: 80\r\n# discount %: 10\r\n# horizon years: 10\r\n# currency: USD\r\n# exported: \d{4}-\d{2}-\d{2}\r\n/);
    const rows = parseCsv(csv.text.replace(/^(#.*\r\n)+/, ''));
    expect(rows[0]!.slice(0, 13)).toEqual(['Rank', 'Tier', 'CEV', 'CLV', 'CRV', 'CIV', 'CKV', 'Yearly contribution', 'R', 'F', 'M', 'Customer name', 'Annual revenue']);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[11]])).toEqual((await tableRows(page)).map((r) => [r[0], r[2], r[1]]));
    // Northwind: 480,000 × 35% − 28,000 = 140,000 a year; 3 referrals at 40,000; influence 4 and knowledge 3 at the default money.
    expect(rows[1]!.slice(4, 8)).toEqual(['120000', '10000', '3000', '140000']);
  });

  it('exports a Markdown summary with the tiers and the disagreements', async () => {
    const md = await download(page, 'Export summary (Markdown)');
    expect(md.text).toContain('# Customer value worksheet');
    expect(md.text).toMatch(/## Assumptions\n\n- Retention 80% a year \(for customers without their own figure\), discount rate 10%, horizon 10 years\.\n- Currency: USD \(\$\)\. Exported on \d{4}-\d{2}-\d{2}\./);
    expect(md.text).toContain('## Tier A: protect and grow (3)');
    expect(md.text).toContain('1. **Northwind Traders**: CEV 580,348');
    expect(md.text).toContain('\\<script\\>alert(1)\\</script\\> Ltd');
    expect(md.text).toContain('4 customers are also on the ideal-customer checklist: 2 disagree, 1 partly agree, 1 agree.');
    expect(md.text).toContain('- **Lucerne Publishing** (disagree): rated develop, loses money');
    expect(md.text).toContain('- **Proseware** (partly agree): rated a keeper, tier B');
  });

  it('round-trips the JSON export into a fresh browser profile', async () => {
    await page.getByLabel('Discount rate (d)').fill('7');
    const json = await download(page, 'Export JSON (to import later)');
    expect(JSON.parse(json.text)).toMatchObject({ app: 'customer-atlas', worksheet: 'customer-value', version: 1 });
    const fresh = await session.newContext();
    const other = await session.open(valuePath, { context: fresh });
    await waitForWorksheet(other);
    await expect.poll(() => tableRows(other)).toEqual([]);
    await other.getByRole('button', { name: 'Import a saved file…' }).click();
    await other.getByLabel('Import a saved file of the customer value worksheet (.json)').setInputFiles(json.path);
    await other.getByText('Imported 11 customers.').waitFor();
    await expect.poll(() => tableRows(other)).toEqual(await tableRows(page));
    await expect(other.getByLabel('Discount rate (d)').inputValue()).resolves.toBe('7');
    await fresh.close();
  });

  it('merges a customer added in another tab of the same browser', async () => {
    const other = await context.newPage();
    await other.goto(`${session.site.root}${valuePath}`);
    await waitForWorksheet(other);
    await other.getByLabel('Customer name', { exact: true }).first().fill('Second Tab Co');
    await other.getByRole('button', { name: 'Add customer' }).click();
    await expect.poll(() => tableRows(page).then((rows) => rows.some((r) => r[1] === 'Second Tab Co'))).toBe(true);
    await page.getByRole('button', { name: 'Remove Second Tab Co' }).click();
    await expect.poll(() => tableRows(other).then((rows) => rows.some((r) => r[1] === 'Second Tab Co'))).toBe(false);
    await other.close();
  });

  it('keeps unreadable saved data aside, offers it for download, and starts fresh on request', async () => {
    const fresh = await session.newContext();
    const broken = await fresh.newPage();
    await broken.goto(`${session.site.root}${valuePath}`);
    await broken.evaluate((key) => localStorage.setItem(key, '{"app":"customer-atlas","worksheet":"customer-value","version":1,"data":{"customers":{"x":{"updatedAt":1,"value":{"name":""}}},"settings":{}}}'), valueKey);
    await broken.reload();
    await broken.getByRole('heading', { name: 'Your saved customer value worksheet could not be read' }).waitFor();
    const saved = await download(broken, 'Download saved data');
    expect(saved.text).toContain('"worksheet":"customer-value"');
    await broken.getByRole('button', { name: 'Start fresh' }).click();
    await waitForWorksheet(broken);
    const keys = await broken.evaluate(() => Object.keys(localStorage));
    expect(keys.some((k) => k.startsWith(`customer-atlas:customer-value:v1:backup:`))).toBe(true);
    await broken.getByLabel('Customer name', { exact: true }).first().fill('After Co');
    await broken.getByRole('button', { name: 'Add customer' }).click();
    await expect.poll(() => tableRows(broken).then((rows) => rows.map((r) => r[1]))).toEqual(['After Co']);
    await fresh.close();
  });

  it('prints the summary, table, chart and tiers without the forms', async () => {
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.cv-bring', '.cv-assumptions', '.export-controls', '.cv-actions']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    for (const selector of ['h1', '.cv-summary', '.cv-table', '.cv-chart svg', '.cv-tiers', '.cv-instinct-table']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(true);
    }
    await expect(page.locator('.cv-table-box').evaluate((el) => getComputedStyle(el).overflow)).resolves.toBe('visible');
    await page.emulateMedia({ media: 'screen' });
  });
});
