/**
 * The worksheets at their limits, in Chromium: a file over 20 MB, a binary file renamed .csv, a
 * CSV of 100,000 rows and JSON nested a thousand levels deep are each refused with a message in a
 * rep's words, the main thread never runs a task of 200 ms or more meanwhile, and the saved data is
 * byte-identical afterwards. A save into full storage keeps what the rep typed and offers it as a download.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type SiteSession } from '../helpers/browser';
import { valuePath, waitForWorksheet } from '../helpers/customer-value-page';
import { quizPath, waitForQuiz } from '../helpers/quiz-e2e';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

/** Every localStorage key and value, as stored. */
const storage = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

/** Starts recording long tasks (50 ms or more) from now; the returned function gives the longest, in ms. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  // First prove the observer sees a task: a 120 ms busy loop must show up.
  await page.evaluate(() => {
    const w = window as unknown as { __probe: number };
    w.__probe = 0;
    new PerformanceObserver((list) => void (w.__probe = Math.max(w.__probe, ...list.getEntries().map((e) => e.duration)))).observe({ type: 'longtask' });
  });
  await page.evaluate(() => setTimeout(() => { const end = performance.now() + 120; while (performance.now() < end); }));
  await page.waitForFunction(() => (window as unknown as { __probe: number }).__probe >= 100);
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number; __since: number };
    w.__longest = 0;
    w.__since = performance.now();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.startTime >= w.__since) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

/** The customer value worksheet with one customer saved. */
async function valuePageWithOne(): Promise<Page> {
  const page = await session.open(valuePath);
  await waitForWorksheet(page);
  await page.fill('#cv-name', 'Acme Saved');
  await page.getByRole('button', { name: 'Add customer' }).click();
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('Acme Saved')));
  return page;
}

const status = (page: Page) => page.locator('.cv-import-status');

/**
 * Writes a test file to disk and returns its path: the browser then reads it as it reads a file a
 * rep chose (a file handed over as a buffer would be rebuilt by script inside the page, a long task of the harness's own).
 */
function onDisk(name: string, content: Buffer | string): string {
  const dir = resolve('tests/.tmp/import-limits');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), content);
  return join(dir, name);
}

describe('customer value CSV files at the limits', () => {
  // A CRM export of 100,000 customers, six columns (about 5 MB).
  const rows = Array.from({ length: 100_000 }, (_, i) => `Customer ${i + 1},${1000 + i},${20 + (i % 30)},${i % 50},2026-0${1 + (i % 9)}-1${i % 10},${i % 12}`);
  const huge = Buffer.from(`Customer,Revenue,Margin %,Orders,Last order,Years\n${rows.join('\n')}\n`);

  it('refuses 100,000 rows in words, with no task of 200 ms or more, and the saved data untouched', async () => {
    const page = await valuePageWithOne();
    const before = await storage(page);
    const longest = await watchLongTasks(page);
    await page.getByLabel('Import a CSV file').setInputFiles(onDisk('crm-export.csv', huge));
    await status(page).filter({ hasText: 'crm-export.csv' }).waitFor();
    await expect(status(page).innerText()).resolves.toBe(
      'Nothing was imported from crm-export.csv. The file has 100,000 lines under its header. That is more than the 10,000 customers one import takes. Split the file (for example by region or by year) and import the parts one after the other.',
    );
    const ms = await longest();
    console.info(`longest main-thread task during the 100,000-row import: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(200);
    expect(await storage(page)).toBe(before);
    await page.context().close();
  });

  it.each([
    ['a file over 20 MB', { name: 'big.csv', buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 'a') }, 'The file is 20.0 MB, more than the 20.0 MB an import reads. This file is too large to import.'],
    ['a workbook renamed .csv', { name: 'book.csv', buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]) }, 'The file holds a workbook or zip archive (for example an Excel .xlsx file), not text. Only text files can be imported'],
    ['random bytes renamed .csv', { name: 'noise.csv', buffer: Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)) }, 'The file holds data that is not text, not text.'],
  ])('refuses %s in words and keeps the saved data', async (_name, file, words) => {
    const page = await valuePageWithOne();
    const before = await storage(page);
    await page.getByLabel('Import a CSV file').setInputFiles(onDisk(file.name, file.buffer));
    await status(page).filter({ hasText: file.name }).waitFor();
    await expect(status(page).innerText()).resolves.toContain(`Nothing was imported from ${file.name}. ${words}`);
    await expect(page.locator('#cv-mapping-heading').count()).resolves.toBe(0);
    expect(await storage(page)).toBe(before);
    await page.context().close();
  });
});

describe('quiz files at the limits', () => {
  it.each([
    ['JSON nested 1,000 levels', 'deep.json', `{"app":"customer-atlas","worksheet":"customer-type-quiz","version":1,"data":${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}}`, 'The file holds JSON nested more than 32 levels deep'],
    ['a CSV of 100,000 rows', 'contacts.csv', `Account,Name,Role\n${'Acme,Dana,Buyer\n'.repeat(100_000)}`, 'That is more than the 10,000 contacts one import takes.'],
  ])('refuses %s in words and keeps the saved data', async (_name, fileName, text, words) => {
    const page = await session.open(quizPath);
    await waitForQuiz(page);
    const before = await storage(page);
    const longest = await watchLongTasks(page);
    await page.setInputFiles('#import-customer-type-quiz', onDisk(fileName, text));
    const alert = page.locator('.import-panel [role=alert]');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain(`Nothing was imported from ${fileName}.`);
    await expect(alert.innerText()).resolves.toContain(words);
    const ms = await longest();
    console.info(`longest main-thread task while refusing ${fileName}: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(200);
    expect(await storage(page)).toBe(before);
    await page.context().close();
  });
});

describe('storage full', () => {
  it('says so, keeps what the rep typed on screen and offers it as a download, and leaves the saved data as it was', async () => {
    const page = await valuePageWithOne();
    const before = await storage(page);
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.fill('#cv-name', 'Beta Unsaved');
    await page.getByRole('button', { name: 'Add customer' }).click();
    const banner = page.locator('[role=alert]').filter({ hasText: 'storage for this site is full' });
    await banner.waitFor();
    await expect(banner.innerText()).resolves.toContain('your latest changes to the customer value worksheet are not saved. They are still on this page, and what was saved before is untouched.');
    await expect(page.getByText('Beta Unsaved').count()).resolves.toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download your unsaved work' }).click()]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { app: string; worksheet: string; data: { customers: Record<string, { value: { name: string } }> } };
    expect([saved.app, saved.worksheet]).toEqual(['customer-atlas', 'customer-value']);
    expect(Object.values(saved.data.customers).map((c) => c.value.name).sort()).toEqual(['Acme Saved', 'Beta Unsaved']);
    // Typing goes on and stays on screen while storage is full.
    await page.fill('#cv-name', 'Gamma typed');
    await expect(page.locator('#cv-name').inputValue()).resolves.toBe('Gamma typed');
    expect(await storage(page)).toBe(before);
    await page.context().close();
  });
});
