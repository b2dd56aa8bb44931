/** Reading progress in Chromium: reaching an article's end or marking it read shows on the atlas, the section and home. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { readContentIndex } from '../helpers/content';
import { readToEnd } from '../helpers/offline';

const KEY = 'customer-atlas:reading-progress:v1';
const content = readContentIndex();
const article = content.articles.find((a) => a.id === 'unqualify-fast')!;
const sectionTotal = content.articles.filter((a) => a.section === article.section).length;
let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const sectionLabel = (page: Page, section: string) =>
  page.locator(`[data-section-id="${section}"] [data-section-progress]`).filter({ hasText: /read/ }).first().innerText();

describe('reading progress', () => {
  it('counts an article read when its end is reached, on the atlas, in its section and on home', async () => {
    const context = await session.newContext();
    const page = await session.open(`articles/${article.id}/`, { context });
    await expect(page.locator('[data-mark-read]').getAttribute('aria-pressed')).resolves.toBe('false');
    await readToEnd(page);
    expect(JSON.parse((await stored(page))!).articles[article.id].how).toBe('end');

    // The atlas: the chapter's map, where each article is a stop on its section's line.
    await page.goto(`${session.site.root}chapters/customers/`);
    const stop = page.locator(`.transit-map a.stop[data-article-id="${article.id}"]`);
    // The marks are drawn once the progress module has loaded: wait for them, not for the page's load event.
    await expect.poll(() => stop.evaluate((a) => a.classList.contains('is-read'))).toBe(true);
    await expect.poll(() => sectionLabel(page, article.section)).toBe(`1 of ${sectionTotal} read`);
    await expect(page.locator('.transit-map a.stop[data-article-id]').count()).resolves.toBe(content.articles.length);
    await expect(page.locator(`a[data-article-id]:not([data-article-id="${article.id}"]).is-read`).count()).resolves.toBe(0);
    // Home offers the article after the one opened last, since that one is read.
    const next = content.articles[content.articles.indexOf(article) + 1]!;
    await page.goto(session.site.root);
    await page.locator('[data-continue-slot] .continue-reading').waitFor();
    await expect(page.locator('[data-continue-slot]').textContent()).resolves.toBe(`Read next ${next.title} · Your reading`);

    await page.goto(`${session.site.root}sections/${article.section}/`);
    await expect.poll(() => sectionLabel(page, article.section)).toBe(`1 of ${sectionTotal} read`);
    await context.close();
  });

  it('marks read and unread with the button, and home continues with the article left unfinished', async () => {
    const context = await session.newContext();
    const other = content.articles.find((a) => a.section === article.section && a.id !== article.id)!;
    const page = await session.open(`articles/${other.id}/`, { context });
    const button = page.locator('[data-mark-read]');
    await button.click();
    await page.locator('[data-mark-read][aria-pressed="true"]').waitFor();
    await expect(page.locator('[data-read-note]').innerText()).resolves.toBe('Marked as read.');
    expect(JSON.parse((await stored(page))!).articles[other.id].how).toBe('marked');
    await button.click();
    await page.locator('[data-mark-read][aria-pressed="false"]').waitFor();
    expect(JSON.parse((await stored(page))!).articles).toEqual({});

    await page.goto(session.site.root);
    await page.locator('[data-continue-slot] .continue-reading').waitFor();
    await expect(page.locator('[data-continue-slot]').textContent()).resolves.toBe(`Continue where you left off ${other.title} · Your reading`);
    await context.close();
  });

  it('reports corrupt progress, keeps it aside under a backup key and starts afresh', async () => {
    const context = await session.newContext();
    const page = await session.open('', { context });
    await page.locator('[data-continue-slot] .continue-reading').waitFor(); // this page has read its (empty) progress
    await page.evaluate((key) => localStorage.setItem(key, '{"app":"customer-atlas","kind":"reading-progress","version":1,"articles":{"x":{"readAt":"soon"}}}'), KEY);
    await page.reload();
    const notice = page.locator('.progress-notice [role="alert"]');
    await expect(notice.innerText()).resolves.toMatch(/could not be read \(articles → x → readAt: should be a number.*kept in this browser under “customer-atlas:reading-progress:v1:backup:\d+”/);
    const kept = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`)).map((k) => localStorage.getItem(k)), KEY);
    expect(kept).toEqual([expect.stringContaining('"readAt":"soon"')]);
    await expect(stored(page)).resolves.toBeNull();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${session.site.root}progress/`);
    await expect(page.locator('[data-progress-kept]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-progress-kept-list] li').count()).resolves.toBe(1);
    await context.close();
  });

  it('exports and clears progress on "Your reading"', async () => {
    const context = await session.newContext();
    const page = await session.open(`articles/${article.id}/`, { context });
    await page.locator('[data-mark-read]').click();
    await page.locator('[data-mark-read][aria-pressed="true"]').waitFor();
    await page.goto(`${session.site.root}progress/`);
    await expect(page.locator('[data-progress-summary]').innerText()).resolves.toBe(`You have read 1 of ${content.articles.length} articles.`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-progress-export]').click()]);
    expect(download.suggestedFilename()).toMatch(/^reading-progress-\d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(await streamText(await download.createReadStream()));
    expect(Object.keys(exported.articles)).toEqual([article.id]);
    page.once('dialog', (dialog) => void dialog.accept());
    await Promise.all([page.waitForEvent('load'), page.locator('[data-progress-clear]').click()]);
    await expect(page.locator('[data-progress-summary]').innerText()).resolves.toBe(`You have not read any of the ${content.articles.length} articles yet.`);
    await context.close();
  });

  it.each([390, 1366])('moves nothing when it fills in progress at %i px (layout shift under 0.02)', async (width) => {
    const context = await session.newContext();
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 844 });
    await page.goto(`${session.site.root}articles/${article.id}/`);
    await page.locator('[data-mark-read]').click();
    await page.locator('[data-mark-read][aria-pressed="true"]').waitFor();
    for (const path of ['', `sections/${article.section}/`, 'chapters/customers/', `articles/${article.id}/`]) {
      await page.goto(`${session.site.root}${path}`);
      if (path === '') await page.locator('[data-continue-slot] .continue-reading').waitFor();
      if (path.startsWith('chapters')) await page.locator('.keep-offline-status:not(:empty)').waitFor();
      if (path.startsWith('articles')) await page.mouse.wheel(0, 1);
      // Home lists chapters, not articles: there, the continue slot is what fills in.
      if (path !== '') await page.locator('.section-progress:not(:empty), [data-mark-read][aria-pressed="true"]').first().waitFor();
      const shift = await page.evaluate(
        () =>
          new Promise<number>((done) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => done(total), 300);
          }),
      );
      expect(shift, `${path || 'home'} at ${width}px`).toBeLessThan(0.02);
    }
    await context.close();
  });

  it('has no axe violations with progress shown, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await session.newContext({ colorScheme });
      const page = await session.open(`articles/${article.id}/`, { context });
      await readToEnd(page);
      expect(await axeViolations(page), `article ${colorScheme}`).toEqual([]);
      for (const path of ['', 'chapters/customers/', `sections/${article.section}/`, 'progress/']) {
        await page.goto(`${session.site.root}${path}`);
        await page.locator(path === '' ? '[data-continue-slot] .continue-reading' : '.section-progress:not(:empty)').first().waitFor();
        expect(await axeViolations(page), `${path || 'home'} ${colorScheme}`).toEqual([]);
      }
      await context.close();
    }
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += chunk.toString();
  return text;
}
