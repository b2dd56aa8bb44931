/**
 * The team roll-up in Chromium, fed with real exports: three reps fill in the quiz, the checklist,
 * the value worksheet and their reading in their own browser profiles and export them; the
 * manager drops the files (and a corrupt one) on /team/, names the rep whose files carry no name,
 * and sees each rep, the team and the customer two reps judge differently. Its own JSON export
 * drops back in as the same roll-up. Accessible, no layout shift, nothing fetched off the site.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { CLS_LIMIT, describeShifts, measureLayoutShift } from '../helpers/layout-shift';
import { watchedSession, type Violation } from '../helpers/policy-watch';
import { encodeRoute } from '../../src/lib/routes/route-link';
import { SAVED_ROUTES_KEY } from '../../src/lib/routes/saved-routes';
import { readContentIndex } from '../helpers/content';
import { exportFile, repExports, type ExportedFile } from '../helpers/team-exports';

let base: SiteSession;
let session: SiteSession;
let violations: Violation[];
let files: ExportedFile[] = [];
const corrupt: ExportedFile = { name: 'ben-checklist-broken.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"customer-atlas","worksheet":"ideal-customer-checklist","version":1,"data":{"cust') };

beforeAll(async () => {
  base = await startSession();
  ({ session, violations } = watchedSession(base));
  const rep = async (plan: Parameters<typeof repExports>[2]) => {
    const context = await session.newContext();
    const made = await repExports(session, context, plan);
    await context.close();
    return made;
  };
  const ana = await rep({
    name: 'Ana Lima',
    contacts: [{ name: 'Dana Reyes', account: 'Northwind Traders', type: 'bag-of-money' }, { name: 'Eli Hart', account: 'Contoso Builders', type: 'ally' }],
    checklist: [{ customer: 'Northwind Traders', level: 4 }, { customer: 'Contoso Builders', level: 2 }],
    value: true,
    read: ['what-is-a-customer-six-types', 'firing-a-customer'],
  });
  const ben = await rep({ name: 'Ben Okafor', contacts: [{ name: 'Flo Grant', account: 'Northwind Traders', type: 'repeat-customer' }], checklist: [{ customer: 'Northwind Traders', level: 0 }], read: ['unqualify-fast'], csv: true });
  const cy = await rep({ name: null, checklist: [{ customer: 'Litware Labs', level: 3 }], read: ['firing-a-customer'] });
  files = [...ana, ...ben, ...cy];
}, 240_000);
afterAll(() => base?.close());

const pick = (page: Page, list: ExportedFile[]) => page.getByLabel('Choose files…').setInputFiles(list);
const status = (page: Page) => page.locator('[data-team-status]').innerText();
const repRows = (page: Page) =>
  page.locator('[data-team-reps] tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => (c as HTMLElement).innerText.replace(/\s+/g, ' ').trim())));

/** Drops the files, names the unnamed rep, and waits for three reps. */
async function loadAll(page: Page) {
  await pick(page, [...files, corrupt]);
  await page.getByLabel('Rep’s name for these files').fill('Cy Park');
  await page.getByRole('button', { name: 'Add to the roll-up' }).click();
  await page.locator('[data-team-status]', { hasText: 'from 3 reps' }).waitFor();
}

describe('team roll-up', () => {
  it('made the reps’ exports through the worksheets, with the name each rep typed', () => {
    expect(files.map((f) => f.name.replace(/\d{4}-\d\d-\d\d/, 'DATE'))).toEqual([
      'customer-type-quiz-all-accounts-DATE.json', 'ideal-customer-checklist-DATE.json', 'customer-value-DATE.json', 'reading-progress-DATE.json',
      'customer-type-quiz-all-accounts-DATE.csv', 'ideal-customer-checklist-DATE.csv', 'reading-progress-DATE.json',
      'ideal-customer-checklist-DATE.json', 'reading-progress-DATE.json',
    ]);
    expect(files.slice(0, 4).every((f) => f.buffer.toString().includes('"rep": "Ana Lima"') || f.buffer.toString().includes('"rep":"Ana Lima"'))).toBe(true);
    expect(files[4]!.buffer.toString()).toMatch(/^Rep,Account,/);
    expect(files.slice(7).some((f) => f.buffer.toString().includes('"rep"'))).toBe(false);
  });

  it('starts as a drop zone, accessible, and loads the roll-up only when a file is dropped on it', async () => {
    const page = await session.open('team/');
    await page.getByText('Drop your reps’ exported files or folders here').waitFor();
    await page.waitForLoadState('networkidle');
    const boardLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/TeamBoard\.[^/]*\.js$/.test(e.name)));
    await expect(boardLoaded()).resolves.toBe(false);
    await expect(page.locator('.team-board').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const reading = files.find((f) => f.name.startsWith('reading-progress') && f.buffer.includes('Ana Lima'))!;
    await page.evaluate(({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      document.querySelector('.team-drop')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, { name: reading.name, text: reading.buffer.toString() });
    await page.locator('[data-team-status]', { hasText: 'The roll-up holds 1 file from 1 rep.' }).waitFor();
    await expect(boardLoaded()).resolves.toBe(true);
    await page.context().close();
  });

  it('reads every rep’s files, asks once for the name a file lacks, and refuses the corrupt file by name', async () => {
    const page = await session.open('team/');
    await pick(page, [...files, corrupt]);
    await page.getByRole('button', { name: 'Add to the roll-up' }).waitFor();
    expect(await page.locator('.team-ask').count()).toBe(1);
    expect(await page.locator('.team-ask p').first().innerText()).toMatch(/^2 files do not say whose they are: ideal-customer-checklist-\S+\.json, reading-progress-\S+\.json\.$/);
    const refused = await page.locator('[data-team-refused] li').allInnerTexts();
    expect(refused).toEqual(['ben-checklist-broken.json: It looks like JSON but is cut short or damaged, so it cannot be read. Export it again.']);
    await expect(status(page)).resolves.toBe('The roll-up holds 7 files from 2 reps. 1 file was not read.');
    await page.getByLabel('Rep’s name for these files').fill('  ');
    await page.getByRole('button', { name: 'Add to the roll-up' }).click();
    await page.getByText('Type the rep’s name (1 to 80 characters).').waitFor();
    await page.getByLabel('Rep’s name for these files').fill('Cy Park');
    await page.getByRole('button', { name: 'Add to the roll-up' }).click();
    await expect(status(page)).resolves.toBe('The roll-up holds 9 files from 3 reps. 1 file was not read.');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('reads a folder, offering the folder’s name for the files that carry none', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'team-')), 'cy-park');
    mkdirSync(folder);
    for (const f of files.slice(7)) writeFileSync(join(folder, f.name), f.buffer);
    const page = await session.open('team/');
    // The island makes the input pick folders once it runs (the attribute is not in the HTML, which stays valid).
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#team-folder')?.webkitdirectory === true);
    await page.getByLabel('Choose a folder…').setInputFiles(folder);
    await expect(page.getByLabel('Rep’s name for these files').inputValue()).resolves.toBe('cy-park');
    await page.getByRole('button', { name: 'Add to the roll-up' }).click();
    await expect(status(page)).resolves.toBe('The roll-up holds 2 files from 1 rep.');
    expect((await repRows(page)).map((r) => r[0])).toEqual(['cy-park 2 files']);
    await page.context().close();
  });

  it('shows each rep, their progress on the routes saved here, the team, and the customer two reps judge differently', async () => {
    const page = await session.open('team/');
    const number = new Map(readContentIndex().articles.map((a) => [a.id, a.number]));
    const stops = ['what-is-a-customer-six-types', 'firing-a-customer', 'unqualify-fast'].map((id) => number.get(id)!);
    const routes = { app: 'customer-atlas', kind: 'routes', version: 1, routes: [{ code: encodeRoute({ name: 'First week', note: '', stops }), savedAt: 1 }] };
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [SAVED_ROUTES_KEY, JSON.stringify(routes)]);
    await page.reload();
    await loadAll(page);
    const routeRows = await page.locator('[data-team-routes]').innerText();
    expect(routeRows.split('\n').map((l) => l.replace(/\s+/g, ' ').trim())).toEqual(['Rep First week', 'Ana Lima 2 of 3', 'Ben Okafor 1 of 3', 'Cy Park 1 of 3']);
    expect(await repRows(page)).toEqual([
      ['Ana Lima 4 files', '11', '2 at 2 accounts: Bag of money 1, Ally 1', 'keep 1, develop 1, let go 0', 'A 3, B 4, C 4', expect.stringMatching(/^2 of \d+$/)],
      ['Ben Okafor 3 files', '1', '1 at 1 account: Repeat customer 1', 'keep 0, develop 0, let go 1', '–', expect.stringMatching(/^1 of \d+$/)],
      ['Cy Park 2 files', '1', '–', 'keep 1, develop 0, let go 0', '–', expect.stringMatching(/^1 of \d+$/)],
    ]);
    const northwind = page.locator('[data-shared="Northwind Traders"]');
    await expect(northwind.locator('h3').innerText()).resolves.toBe('Northwind Traders reps disagree');
    await expect(northwind.locator('.team-diff').innerText()).resolves.toBe('Verdicts differ: Ana Lima says “Keep, and find more like them”, Ben Okafor says “Consider letting go”.');
    await expect(page.locator('[data-team-shared-count]').innerText()).resolves.toMatch(/^2 of 2 shared customers shown; reps disagree on 1\./);
    await expect(page.locator('[data-team-whale]').innerText()).resolves.toMatch(/^Profit peaks at \d+% of the team’s total after the \d+ most profitable customers/);
    const matrix = await page.locator('[data-team-matrix] tbody tr').allInnerTexts();
    expect(matrix).toHaveLength(3);

    await page.locator('[data-team-rep]').selectOption({ label: 'Ben Okafor' });
    expect((await repRows(page)).map((r) => r[0])).toEqual(['Ben Okafor 3 files']);
    await page.locator('[data-team-rep]').selectOption({ label: 'Every rep' });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('round-trips its own JSON export, and exports CSV and Markdown', async () => {
    const page = await session.open('team/');
    await loadAll(page);
    const before = await repRows(page);
    const json = await exportFile(page, 'Export JSON (drops back in here)');
    expect(json.name).toMatch(/^team-rollup-\d{4}-\d\d-\d\d\.json$/);
    const csv = (await exportFile(page, 'Export CSV (spreadsheet)')).buffer.toString();
    expect(csv.split('\r\n')[0]).toBe('Rep,Customer,Contacts,Customer types,Verdict,Score,Tier,Yearly contribution,CEV,Held by other reps');
    expect(csv).toContain('Ben Okafor,Northwind Traders,1,Repeat customer,Consider letting go,0,,,,Ana Lima');
    const md = (await exportFile(page, 'Export summary (Markdown)')).buffer.toString();
    expect(md).toContain('- **Northwind Traders** (Ana Lima, Ben Okafor): Verdicts differ:');

    const fresh = await session.open('team/');
    await pick(fresh, [json]);
    await fresh.locator('[data-team-status]', { hasText: 'from 3 reps' }).waitFor();
    await expect(status(fresh)).resolves.toBe('The roll-up holds 9 files from 3 reps.');
    expect(await repRows(fresh)).toEqual(before);
    await expect(fresh.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('team')))).resolves.toEqual([]);
    await page.context().close();
    await fresh.context().close();
  });

  it('keeps the roll-up only when asked, and forgets it when unticked (dark theme, accessible)', async () => {
    const page = await session.open('team/', { colorScheme: 'dark' });
    await loadAll(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Keep this roll-up in this browser').check();
    await page.reload();
    await page.locator('[data-team-status]', { hasText: 'from 3 reps' }).waitFor();
    await page.getByLabel('Keep this roll-up in this browser').uncheck();
    await expect(page.evaluate(() => localStorage.getItem('customer-atlas:team-rollup:v1'))).resolves.toBeNull();
    await page.context().close();
  });

  it('fits a phone: wide tables scroll in their own boxes, the page does not', async () => {
    const page = await session.open('team/');
    await page.setViewportSize({ width: 390, height: 844 });
    await loadAll(page);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('loads without layout shift, before and after the files arrive', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1366, height: 900 }]) {
      const result = await measureLayoutShift(session.browser, `${session.site.root}team/`, { viewport, act: async (page) => loadAll(page) });
      expect(result.cls, `${viewport.width} px: ${describeShifts(result)}`).toBeLessThan(CLS_LIMIT);
    }
  });

  it('sent no request off the site and broke no content policy', () => {
    expect(session.offsite).toEqual([]);
    expect(violations).toEqual([]);
  });
});
