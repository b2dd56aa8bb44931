/** "Keep this chapter offline": says when a chapter is on the device, and saves the pages it lacks in one click. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { readContentIndex } from '../helpers/content';
import { goOffline, goOnline, visitedOnce } from '../helpers/offline';

const content = readContentIndex();
const pageCount = 1 + content.sections.length + content.articles.length;
const status = '.keep-offline-status';
let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

describe('keep this chapter offline', () => {
  it('reports the precached chapter as on this device', async () => {
    const { context, page } = await visitedOnce(session);
    await page.goto(`${session.site.root}chapters/customers/`);
    await page.locator(status).filter({ hasText: `On this device: all ${pageCount} pages of Customers work offline.` }).waitFor();
    // Done reads as done: the button gives way to a mark in its place, not a greyed-out button.
    await expect(page.locator('.keep-offline button').isDisabled()).resolves.toBe(true);
    await expect(page.locator('.keep-offline button').evaluate((b) => getComputedStyle(b).visibility)).resolves.toBe('hidden');
    await page.getByText(`✓ Kept for offline, ${pageCount} pages`).waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('saves the pages the device lacks into the cache the worker answers from offline', async () => {
    const { context, page } = await visitedOnce(session);
    const article = 'articles/saving-face-and-the-order/';
    // Take one article out of the precache, as if it belonged to a chapter never kept.
    const removed = await page.evaluate(async (path) => {
      let n = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) if (request.url.includes(path)) n += Number(await cache.delete(request));
      }
      return n;
    }, article);
    expect(removed).toBe(1);
    await page.goto(`${session.site.root}chapters/customers/`);
    await expect(page.locator('.keep-offline-done').evaluate((d) => getComputedStyle(d).visibility)).resolves.toBe('hidden');
    await page.locator('.keep-offline button:enabled').click();
    await page.locator(status).filter({ hasText: `all ${pageCount} pages` }).waitFor();
    await page.getByText(`✓ Kept for offline, ${pageCount} pages`).waitFor({ state: 'visible' });
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('keep-offline-done');
    const kept = await page.evaluate(async (url) => Boolean(await (await caches.open('customer-atlas-pages:/')).match(url)), `${session.site.root}${article}`);
    expect(kept).toBe(true);
    await context.close();
  });

  it('keeps a page outside the precache once visited, and opens it offline', async () => {
    const { context, page } = await visitedOnce(session);
    const print = `sections/${content.sections[0]!.id}/print/`;
    await page.goto(`${session.site.root}${print}`);
    const title = await page.locator('h1').first().innerText();
    await goOffline(session, context);
    await page.goto(`${session.site.root}${print}`);
    await expect(page.locator('h1').first().innerText()).resolves.toBe(title);
    await context.close();
    goOnline(session);
  });
});
