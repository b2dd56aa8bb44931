/** Browser-test steps for offline use: wait for the service worker, go offline, search, read to the end. */
import type { BrowserContext, Page } from 'playwright-core';
import type { SiteSession } from './browser';

/** Waits until a service worker controls the page, which means its precache is complete. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), undefined, { timeout: 45_000 });
}

/** A fresh profile that has opened the home page once and holds the precache; returns its context and that page. */
export async function visitedOnce(session: SiteSession): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.newContext();
  const page = await session.open('', { context });
  await waitForServiceWorker(page);
  return { context, page };
}

/** Cuts the network (browser and page) and returns the number of server requests so far, to compare later. */
export async function goOffline(session: SiteSession, context: BrowserContext): Promise<number> {
  await context.setOffline(true);
  return session.site.requests.length;
}

/** Types a query into the header search field and returns the result titles once they show. */
export async function headerSearch(page: Page, query: string): Promise<string[]> {
  await page.locator('#site-search-input').focus();
  await page.locator('#site-search-input').fill(query);
  await page.locator('.search-panel .search-status').filter({ hasText: query }).waitFor();
  return page.locator('.search-panel .result-title').allInnerTexts();
}

/** Scrolls an article to its end marker and waits until the page says it counts as read. */
export async function readToEnd(page: Page): Promise<void> {
  await page.locator('[data-read-end]').scrollIntoViewIfNeeded();
  await page.locator('[data-mark-read][aria-pressed="true"]').waitFor();
}
