/** After one visit online, the site works with the network off: unseen articles, search, worksheets, reload. */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { goOffline, goOnline, headerSearch, offlineJourney, visitedOnce } from '../helpers/offline';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

describe('offline after one visit', () => {
  it('opens an unseen article, searches, opens a result, fills in the quiz and reloads, all without the network', async () => {
    // Every answer comes from this device; only the browser's own update check of the worker tries the (cut) network.
    const tried = await offlineJourney(session);
    expect(tried.filter((path) => path !== '/sw.js')).toEqual([]);
  });

  it('shows the offline notice for a page this device never kept', async () => {
    const { context, page } = await visitedOnce(session);
    await goOffline(session, context);
    // Home's chapter tile links each section; that section's print page was never kept.
    const sectionHref = (await page.locator('.tile-lines a[href*="/sections/"]').first().getAttribute('href'))!;
    await page.goto(new URL('print/', new URL(sectionHref, page.url())).href);
    await expect(page.locator('h1').innerText()).resolves.toBe('This page is not on this device yet');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
    goOnline(session);
  });

  it('answers the first search with no network request (the index is precached)', async () => {
    const { context, page } = await visitedOnce(session);
    await page.goto(`${session.site.root}articles/unqualify-fast/`);
    const before = session.site.requests.length;
    await headerSearch(page, 'incumbent');
    expect(session.site.requests.slice(before).filter((p) => p.includes('pagefind'))).toEqual([]);
    await context.close();
  });

  it('opens the search page with a query and a filter from its address, offline', async () => {
    const { context, page } = await visitedOnce(session);
    await goOffline(session, context);
    await page.goto(`${session.site.root}search/?q=veto&type=Article`);
    await page.locator('.search-status').filter({ hasText: 'veto' }).waitFor();
    await expect(page.locator('.result-title').first().innerText()).resolves.toBe('What Is a Customer? Six Types');
    await context.close();
    goOnline(session);
  });

  it('registers the service worker only after load, from a script under 1 KB gzip', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    await page.goto(`${session.site.root}articles/firing-a-customer/`);
    await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then(Boolean));
    // A page the new worker takes over may be navigated again; read the timings of the page that asked for the chunk.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('/sw-register.')));
    // The browser's own timings: when the page's load event started, and when the registration chunk was asked for.
    const timing = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const chunk = performance.getEntriesByType('resource').find((e) => e.name.includes('/sw-register.'));
      return { load: navigation.loadEventStart, register: chunk?.startTime ?? -1, url: chunk?.name ?? '' };
    });
    expect(timing.load).toBeGreaterThan(0);
    expect(timing.register).toBeGreaterThanOrEqual(timing.load);
    // The idle loader rides in the header's script (no file of its own); the registration chunk is at most 1 KB gzip.
    expect(timing.url).toContain('/sw-register.');
    const gzip = gzipSync(Buffer.from(await (await fetch(timing.url)).arrayBuffer()), { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(1024);
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
