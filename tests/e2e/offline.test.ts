/** After one visit online, the site works with the network off: unseen articles, search, worksheets, reload. */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { classifyContact, quizKey, quizPath, waitForQuiz } from '../helpers/quiz-e2e';
import { typicalAnswers } from '../helpers/quiz-answers';
import { goOffline, headerSearch, visitedOnce } from '../helpers/offline';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

describe('offline after one visit', () => {
  it('opens an unseen article, searches, opens a result, fills in the quiz and reloads, all without the network', async () => {
    const { context, page } = await visitedOnce(session);
    const served = await goOffline(session, context);
    expect(served).toBeGreaterThan(50); // the precache came from the server

    await page.goto(`${session.site.root}articles/the-power-of-incumbency/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('The Power of Incumbency');

    const titles = await headerSearch(page, 'bag of wind');
    expect(titles[0]).toBe('What Is a Customer? Six Types');
    await Promise.all([page.waitForURL(/articles\/what-is-a-customer-six-types\//), page.locator('.search-panel .result-title').first().click()]);
    await expect(page.locator('h1').innerText()).resolves.toBe('What Is a Customer? Six Types');

    await page.goto(`${session.site.root}${quizPath}`);
    await waitForQuiz(page);
    await classifyContact(page, { name: 'Dana Offline', role: 'Buyer', account: 'Harbour Ltd' }, typicalAnswers['bag-of-wind']);
    await page.reload();
    await waitForQuiz(page);
    await expect(page.evaluate((key) => localStorage.getItem(key), quizKey)).resolves.toContain('Dana Offline');
    await expect(page.getByText('Dana Offline').first().isVisible()).resolves.toBe(true);

    await page.goto(`${session.site.root}glossary/`);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/Glossary/);

    // Nothing reached the server while offline: every answer came from this device.
    expect(session.site.requests.slice(served)).toEqual([]);
    await context.close();
  });

  it('shows the offline notice for a page this device never kept', async () => {
    const { context, page } = await visitedOnce(session);
    await goOffline(session, context);
    const sectionId = await page.locator('[data-section-id]').first().getAttribute('data-section-id');
    await page.goto(`${session.site.root}sections/${sectionId}/print/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('This page is not on this device yet');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('answers the first search with no network request (the index is precached)', async () => {
    const { context, page } = await visitedOnce(session);
    await page.goto(`${session.site.root}articles/unqualify-fast/`);
    const before = session.site.requests.length;
    await headerSearch(page, 'incumbent');
    expect(session.site.requests.slice(before).filter((p) => p.includes('pagefind'))).toEqual([]);
    await context.close();
  });

  it('registers the service worker only after load, from a script under 1 KB gzip', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    const order: string[] = [];
    const registerUrls: string[] = [];
    page.on('request', (r) => {
      if (!r.url().includes('sw-register')) return;
      order.push('register');
      registerUrls.push(r.url());
    });
    page.on('load', () => order.push('load'));
    await page.goto(`${session.site.root}articles/firing-a-customer/`);
    await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then(Boolean));
    expect(order).toEqual(['load', 'register']);
    const body = Buffer.from(await (await fetch(registerUrls[0]!)).arrayBuffer());
    expect(gzipSync(body, { level: 9 }).length).toBeLessThanOrEqual(1024);
    await context.close();
  });

  it('links a manifest with a name, icons that load and the theme colour', async () => {
    const page = await session.open();
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await fetch(new URL(href!, session.site.root))).json();
    expect(manifest).toMatchObject({ name: 'Customer Atlas', start_url: './', display: 'standalone', theme_color: '#1f53b8' });
    for (const icon of manifest.icons) {
      const response = await fetch(new URL(icon.src, new URL(href!, session.site.root)));
      expect(response.status, icon.src).toBe(200);
    }
    expect(manifest.icons.some((i: { sizes: string }) => i.sizes === '512x512')).toBe(true);
  });
});
