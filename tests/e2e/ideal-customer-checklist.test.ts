/** The ideal-customer checklist in a real Chromium: scoring, ranking, persistence, exports, import, print, keyboard, accessibility. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { checklistPath, download, parseCsv, rankedRows, scoreCustomer, waitForChecklist } from '../helpers/checklist-page';
import { inlineScriptGzip, pageScripts } from '../helpers/checklist-bundle';
import { budgets } from '../helpers/budgets';

let session: SiteSession;
let context: BrowserContext;
let page: Page;
let jsonExport = '';

beforeAll(async () => {
  session = await startSession();
  context = await session.newContext();
  page = await session.open(checklistPath, { context });
  await waitForChecklist(page);
});
afterAll(() => session?.close());

const threeCustomers = [
  ['1', 'Birch Ltd', '100', 'Keep, and find more like them'],
  ['2', 'Alder & Co', '50', 'Develop'],
  ['3', 'Cobalt', '4', 'Consider letting go'],
];

describe('ideal-customer checklist', () => {
  it('shows how the score works, from the data, without JavaScript', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${session.site.root}${checklistPath}`);
    // The reference is folded under one line, and opens without JavaScript.
    await expect(plain.locator('.how-it-works details').getAttribute('open')).resolves.toBeNull();
    await plain.locator('.how-it-works summary').click();
    const how = await plain.locator('.how-it-works').innerText();
    expect(how).toContain('Worth the cost to serve\t25');
    expect(how).toContain('a score of 75 or more');
    expect(how).toContain('Costs more to serve than it brings in');
    await noScript.close();
  });

  it('scores three customers, one per verdict, and ranks them', async () => {
    await scoreCustomer(page, 'Cobalt', [1, 0, 0, 0, 0, 0]);
    await page.getByRole('button', { name: 'See the verdict' }).click();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Cobalt: Consider letting go');
    await scoreCustomer(page, 'Birch Ltd', [4, 4, 4, 4, 4, 4]);
    await scoreCustomer(page, 'Alder & Co', [2, 3, 2, 2, 1, 2]);
    await expect(rankedRows(page)).resolves.toEqual(threeCustomers);
    await expect(page.locator('.verdict-panel h4').textContent()).resolves.toBe('Alder & Co: Develop');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds them again after a reload, and filters by verdict', async () => {
    await page.reload();
    await waitForChecklist(page);
    await expect(rankedRows(page)).resolves.toEqual(threeCustomers);
    await page.getByLabel('Show').selectOption('keep');
    await expect(rankedRows(page)).resolves.toEqual([threeCustomers[0]]);
    await page.getByLabel('Show').selectOption('all');
    await page.getByRole('button', { name: /^Score/ }).click();
    await expect(page.locator('th[aria-sort]').getAttribute('aria-sort')).resolves.toBe('ascending');
    await expect(rankedRows(page).then((rows) => rows.map((r) => r[1]))).resolves.toEqual(['Cobalt', 'Alder & Co', 'Birch Ltd']);
  });

  it('exports a CSV with the expected columns', async () => {
    const csv = await download(page, 'Export CSV (spreadsheet)');
    expect(csv.name).toMatch(/^ideal-customer-checklist-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(csv.text);
    expect(rows[0]).toEqual([
      'Rank', 'Customer', 'Score', 'Verdict', 'Thinks of you first (0-4)', 'Pays a fair price (0-4)', 'Pushes you to improve (0-4)',
      'Uses what you do well (0-4)', 'Opens new doors (0-4)', 'Worth the cost to serve (0-4)', 'Not yet rated',
    ]);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual(threeCustomers);
    expect(rows[2]!.slice(4)).toEqual(['2', '3', '2', '2', '1', '2', '']);
  });

  it('keeps the portrait and the seven sources across a reload', async () => {
    await page.getByRole('button', { name: 'Pick the top customer (Birch Ltd)' }).click();
    await page.getByLabel('Industry').fill('Architecture');
    await page.getByLabel('Role of the buyer').fill('Facilities manager');
    await page.getByLabel('What they do').fill('Plans offices a year ahead');
    const sources = page.locator('.sources input');
    await expect(sources.count()).resolves.toBe(7);
    for (let i = 0; i < 7; i++) await sources.nth(i).fill(`Source idea ${i + 1}`);
    await page.reload();
    await waitForChecklist(page);
    await expect(page.getByLabel('Best customer').locator('option:checked').innerText()).resolves.toBe('Birch Ltd');
    await expect(page.getByLabel('Industry').inputValue()).resolves.toBe('Architecture');
    await expect(page.getByLabel('What they do').inputValue()).resolves.toBe('Plans offices a year ahead');
    await expect(page.locator('.sources input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).resolves.toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `Source idea ${n}`),
    );
  });

  it('exports a Markdown summary to paste into an email', async () => {
    const md = await download(page, 'Export summary (Markdown, for an email)');
    expect(md.name).toMatch(/\.md$/);
    expect(md.text).toContain('1. **Birch Ltd**: 100 of 100, Keep, and find more like them\n2. **Alder & Co**: 50 of 100, Develop\n3. **Cobalt**: 4 of 100, Consider letting go');
    expect(md.text).toContain('Customer: Birch Ltd');
    expect(md.text).toContain('- Industry: Architecture');
    expect(md.text).toContain('7. Source idea 7');
  });

  it('imports the JSON export into a fresh browser profile', async () => {
    const json = await download(page, 'Export JSON (to import later)');
    jsonExport = json.text;
    expect(JSON.parse(jsonExport)).toMatchObject({ app: 'customer-atlas', worksheet: 'ideal-customer-checklist', version: 1 });
    const fresh = await session.newContext();
    const other = await session.open(checklistPath, { context: fresh });
    await waitForChecklist(other);
    await expect(rankedRows(other)).resolves.toEqual([]);
    await other.getByRole('button', { name: 'Import a file…' }).click();
    await other.getByLabel('Import a saved file of the ideal-customer checklist (.json)').setInputFiles(json.path);
    await other.getByText('Imported 3 customers.').waitFor();
    await expect(rankedRows(other)).resolves.toEqual(threeCustomers);
    await expect(other.getByLabel('Industry').inputValue()).resolves.toBe('Architecture');
    expect(await axeViolations(other)).toEqual([]);
    await fresh.close();
  });

  it('prints the ranking, portrait and sources without the site chrome or controls', async () => {
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.add-customer', '.export-controls', '.table-tools', '.row-actions']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    for (const selector of ['h1', 'table.ranking', '.portrait', '.sources']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(true);
    }
    await page.emulateMedia({ media: 'screen' });
  });

  it('keeps a name typed as HTML as text', async () => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    const name = '<img src=x onerror=alert(1)>';
    await scoreCustomer(page, name, [0, 0, 0, 0, 0, 0]);
    await expect(page.locator('main img').count()).resolves.toBe(0);
    await expect(page.locator('table.ranking').getByRole('rowheader', { name }).innerText()).resolves.toBe(name);
    expect(dialogs).toBe(0);
    await page.getByRole('button', { name: `Remove ${name}` }).click();
  });

  it('scores a customer with the keyboard alone', async () => {
    const keyboard = await session.open(checklistPath, { context: await session.newContext() });
    await waitForChecklist(keyboard);
    const focusedLabel = () => keyboard.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? document.activeElement?.textContent ?? '');
    for (let i = 0; i < 40 && (await focusedLabel()) !== 'Customer name'; i++) await keyboard.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Customer name');
    await keyboard.keyboard.type('Keys Inc');
    await keyboard.keyboard.press('Enter');
    await keyboard.getByRole('heading', { name: 'Scoring Keys Inc' }).waitFor();
    await expect.poll(() => keyboard.evaluate(() => document.activeElement?.textContent)).toBe('Scoring Keys Inc');
    // Each criterion is one radio group: Tab reaches it (past the previous one's "Question and steps"), Space picks step 0, arrows move on.
    const focused = () => keyboard.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? document.activeElement?.textContent ?? '');
    for (const criterion of ['first-call', 'fair-price', 'raises-the-bar', 'plays-to-strengths', 'opens-doors', 'cost-to-serve']) {
      for (let i = 0; i < 4 && !(await focused()).endsWith(criterion); i++) await keyboard.keyboard.press('Tab');
      expect(await focused()).toMatch(new RegExp(`${criterion}$`));
      await keyboard.keyboard.press('Space');
      for (let step = 0; step < 3; step++) await keyboard.keyboard.press('ArrowDown');
    }
    await keyboard.getByText('6 of 6 criteria rated').waitFor();
    const focusedText = () => keyboard.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    for (let i = 0; i < 12 && (await focusedText()) !== 'See the verdict'; i++) await keyboard.keyboard.press('Tab');
    await keyboard.keyboard.press('Enter');
    await expect.poll(() => keyboard.evaluate(() => document.activeElement?.textContent)).toBe('Keys Inc: Keep, and find more like them');
    // Saving closes the form and takes focus to the customer's row in the ranking.
    for (let i = 0; i < 8 && (await focusedText()) !== 'Save and show in the ranking'; i++) await keyboard.keyboard.press('Tab');
    expect(await focusedText()).toBe('Save and show in the ranking');
    await keyboard.keyboard.press('Enter');
    await expect.poll(() => keyboard.evaluate(() => document.activeElement?.textContent)).toBe('Keys Inc');
    await expect(keyboard.locator('form.rating-form').count()).resolves.toBe(0);
    await expect(rankedRows(keyboard)).resolves.toEqual([['1', 'Keys Inc', '75', 'Keep, and find more like them']]);
  });

  it.each(['light', 'dark'] as const)('has zero axe violations with a verdict and the comparison shown (%s theme)', async (scheme) => {
    const themed = await session.open(checklistPath, { context: await session.newContext({ colorScheme: scheme }) });
    await waitForChecklist(themed);
    expect(await axeViolations(themed)).toEqual([]);
    await scoreCustomer(themed, 'Theme Co', [4, 3, 2, 1, 0, 3]);
    await themed.getByRole('button', { name: 'See the verdict' }).click();
    await themed.locator('table.heatmap').getByRole('rowheader', { name: 'Theme Co' }).waitFor();
    await themed.getByRole('button', { name: 'Import a file…' }).click();
    await themed.getByLabel('Import a saved file of the ideal-customer checklist (.json)').waitFor();
    expect(await axeViolations(themed)).toEqual([]);
  });

  it('sends nothing off the machine and stays within the JavaScript budget', async () => {
    expect(session.offsite).toEqual([]);
    const dist = process.env['ATLAS_TEST_DIST'] ?? 'dist';
    const scripts = pageScripts(dist, `${checklistPath}index.html`);
    const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
    const report = [...scripts.map((s) => `${s.file}: ${s.gzip}`), `total script files: ${total}`, `inline scripts: ${inlineScriptGzip(dist, `${checklistPath}index.html`)}`];
    console.info(`checklist page JavaScript (gzip bytes)\n${report.join('\n')}`);
    expect(scripts.some((s) => s.file.includes('IdealCustomerChecklist'))).toBe(true);
    expect(total, report.join('\n')).toBeLessThanOrEqual(budgets.worksheet.jsGzipMax);
  });
});
