/** Browser-test steps for offline use: wait for the service worker, go offline, search, read to the end. */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { SiteSession } from './browser';
import { typicalAnswers } from './quiz-answers';
import { classifyContact, quizKey, quizPath, waitForQuiz } from './quiz-e2e';

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

/**
 * Cuts the network: the browser context goes offline, and the server cuts every request that still
 * reaches it (the browser's own service worker update check does). Returns the request count so far.
 */
export async function goOffline(session: SiteSession, context: BrowserContext): Promise<number> {
  await context.setOffline(true);
  session.site.setOffline(true);
  return session.site.requests.length;
}

/** Back online (the server answers again). */
export function goOnline(session: SiteSession): void {
  session.site.setOffline(false);
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

/** The article the offline journeys open without having seen it, and the one a search for "bag of wind" finds. */
export const UNSEEN = { path: 'articles/the-power-of-incumbency/', title: 'The Power of Incumbency' };
const FOUND = { title: 'What Is a Customer? Six Types', url: /articles\/what-is-a-customer-six-types\// };

/**
 * The journey: visit home once, go offline, open an unseen article, search "bag of wind",
 * open the first result, fill in a quiz contact and reload. Returns the requests that tried to reach the server while
 * offline (and were cut): only the browser's own update check of sw.js is expected, never a page, asset or index file.
 */
export async function offlineJourney(session: SiteSession): Promise<string[]> {
  const { context, page } = await visitedOnce(session);
  const served = await goOffline(session, context);
  if (served < 50) throw new Error(`only ${served} requests before going offline: the precache did not come from the server`);
  await page.goto(`${session.site.root}${UNSEEN.path}`);
  await expectText(page.locator('h1').innerText(), UNSEEN.title);
  const titles = await headerSearch(page, 'bag of wind');
  await expectText(Promise.resolve(titles[0] ?? ''), FOUND.title);
  await Promise.all([page.waitForURL(FOUND.url), page.locator('.search-panel .result-title').first().click()]);
  await expectText(page.locator('h1').innerText(), FOUND.title);
  await page.goto(`${session.site.root}${quizPath}`);
  await classifyContact(page, { name: 'Dana Offline', role: 'Buyer', account: 'Harbour Ltd' }, typicalAnswers['bag-of-wind']);
  await page.reload();
  await waitForQuiz(page);
  const saved = await page.evaluate((key) => localStorage.getItem(key), quizKey);
  if (!saved?.includes('Dana Offline')) throw new Error(`the quiz contact did not survive the offline reload: ${saved}`);
  await page.getByText('Dana Offline').first().waitFor();
  const during = session.site.requests.slice(served);
  await context.close();
  goOnline(session);
  return during;
}

async function expectText(actual: Promise<string>, wanted: string): Promise<void> {
  const text = await actual;
  if (text !== wanted) throw new Error(`expected “${wanted}”, got “${text}”`);
}

/** A copy of the content folder with one article retitled, for a second build ("a new deploy"). */
export function changedContent(name: string, article = 'the-power-of-incumbency', title = 'The Power of Incumbency, Revised'): string {
  const dir = resolve('tests/.tmp', `${name}-content`);
  rmSync(dir, { recursive: true, force: true });
  cpSync('src/content', dir, { recursive: true });
  const file = join(dir, 'articles', `${article}.mdx`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: "${title}"`));
  return dir;
}

/**
 * Visits once on the first build, then serves `nextBuild` at the same address: the page shows the
 * update prompt and keeps the old page until "Reload" is clicked. Returns the page on the old build with the prompt open.
 */
export async function seeUpdatePrompt(session: SiteSession, nextBuild: string): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await visitedOnce(session);
  await page.goto(`${session.site.root}${UNSEEN.path}`);
  session.site.swap(nextBuild);
  await page.reload();
  await page.locator('.update-prompt [role="status"]').filter({ hasText: 'A new version is available.' }).waitFor({ timeout: 45_000 });
  return { context, page };
}
