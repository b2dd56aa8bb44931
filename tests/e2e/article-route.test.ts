/**
 * Article pages keep the route (issue 17): the compact header and the section rail survive
 * scrolling at 1366x900 and 390x844; a heading's link copies an address that lands on it; an
 * article changed since it was read says so; "Is this page useful?" keeps notes locally.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { readContentIndex, readMdx } from '../helpers/content';

const content = readContentIndex();
const LONG = 'what-is-a-customer-six-types';
const long = content.articles.find((a) => a.id === LONG)!;
const siblings = content.articles.filter((a) => a.section === long.section);
const PROGRESS = 'customer-atlas:reading-progress:v1';
let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const VIEWPORTS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
] as const;

async function open(path: string, viewport: { width: number; height: number }, extra: Parameters<SiteSession['browser']['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await session.browser.newContext({ viewport, ...extra });
  const page = await context.newPage();
  await page.goto(`${session.site.root}${path}`);
  return { context, page };
}

/** Whether the element is drawn within the window (not scrolled away, not hidden). */
const inView = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight && getComputedStyle(el).visibility === 'visible';
  });

describe.each(VIEWPORTS)('the route on a long article at $width px', (viewport) => {
  it('keeps the header with its search and the rail in view at the end of the article', async () => {
    const { context, page } = await open(`articles/${LONG}/`, viewport);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => scrollY > 2000);
    await expect(page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().top)).resolves.toBe(0);
    await expect(inView(page, '.rail-summary, .rail-title')).resolves.toBe(true);
    const search = viewport.width >= 768 ? '#site-search-input' : '[data-search-toggle]';
    await expect(inView(page, search)).resolves.toBe(true);
    // Search one key away: "/" focuses the header's field (on a phone the button opens it).
    if (viewport.width >= 768) await page.keyboard.press('/');
    else await page.click('[data-search-toggle]');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-input');
    await context.close();
  });

  it('draws every stop of the section, marks the current one and links the chapter map', async () => {
    const { context, page } = await open(`articles/${LONG}/`, viewport);
    if (viewport.width < 768) {
      await expect(page.locator('.rail-summary').innerText()).resolves.toMatch(new RegExp(`^Section 5\\.03\\.01 · ${siblings.indexOf(long) + 1} of ${siblings.length}`));
      await expect(page.locator('.rail-stops').isVisible()).resolves.toBe(false);
      await page.click('.rail-summary');
    }
    const stops = page.locator('.rail a.stop');
    await expect(stops.count()).resolves.toBe(siblings.length);
    await expect(stops.evaluateAll((links) => links.map((a) => a.getAttribute('data-article-id')))).resolves.toEqual(siblings.map((a) => a.id));
    await expect(page.locator('.rail a[aria-current="page"]').getAttribute('data-article-id')).resolves.toBe(LONG);
    await expect(page.locator('.rail a[aria-current="page"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('.rail-map a').getAttribute('href')).resolves.toBe('/chapters/customers/');
    await expect(axeViolations(page)).resolves.toEqual([]);
    await context.close();
  });
});

describe('links to headings', () => {
  it('copy an address that lands on the heading, announced, and reachable by keyboard', async () => {
    const { context, page } = await open(`articles/${LONG}/`, VIEWPORTS[1], { permissions: ['clipboard-read', 'clipboard-write'] });
    const link = page.getByRole('link', { name: 'Link to section: The bag of wind' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-copy-note]').filter({ hasText: 'Link copied' }).count()).resolves.toBe(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${session.site.root}articles/${LONG}/#the-bag-of-wind`);
    // The address opens with the heading at the top, below the sticky header and rail, not under them.
    const other = await context.newPage();
    await other.goto(copied);
    const { top, cover } = await other.evaluate(() => ({
      top: document.getElementById('the-bag-of-wind')!.getBoundingClientRect().top,
      cover: Math.max(document.querySelector('.site-header')!.getBoundingClientRect().bottom, document.querySelector('.rail')!.getBoundingClientRect().bottom),
    }));
    expect(top).toBeGreaterThanOrEqual(cover);
    expect(top).toBeLessThan(cover + 120);
    await context.close();
  });

  it('still go to the heading where there is no clipboard', async () => {
    const { context, page } = await open(`articles/${LONG}/`, VIEWPORTS[0]);
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.reload();
    await page.getByRole('link', { name: 'Link to section: Key points' }).click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#key-points');
    await context.close();
  });

  it('stay out of the search index text', async () => {
    const { context, page } = await open(`articles/${LONG}/`, VIEWPORTS[0]);
    await expect(page.locator('[data-pagefind-body] a.heading-link:not([data-pagefind-ignore])').count()).resolves.toBe(0);
    await expect(page.locator('a.heading-link').count()).resolves.toBeGreaterThan(5);
    await context.close();
  });
});

describe('trust and freshness', () => {
  it('shows who reviewed the article and when', async () => {
    const { context, page } = await open('articles/unqualify-fast/', VIEWPORTS[0]);
    await expect(page.locator('.article-place .reviewed').innerText()).resolves.toBe('Reviewed November 2026 by Sales Operations');
    await context.close();
  });

  it('marks an article, and its stop, "updated since you read it" when it changed after the reading', async () => {
    const { context, page } = await open('articles/unqualify-fast/', VIEWPORTS[0]);
    await page.evaluate((key) => {
      const articles = { 'unqualify-fast': { readAt: Date.parse('2026-06-01'), how: 'end' }, 'firing-a-customer': { readAt: Date.parse('2026-06-01'), how: 'end' }, 'characterizing-customers': { readAt: Date.now(), how: 'marked' } };
      localStorage.setItem(key, JSON.stringify({ app: 'customer-atlas', kind: 'reading-progress', version: 1, articles }));
    }, PROGRESS);
    await page.reload();
    await expect(page.locator('.since-read').isVisible()).resolves.toBe(false);
    await page.mouse.wheel(0, 200);
    await page.locator('.since-read.is-shown').waitFor();
    await page.evaluate(() => scrollTo(0, 0));
    await expect(inView(page, '.since-read')).resolves.toBe(true);
    const marks = await page.locator('.rail a.stop').evaluateAll((links) => links.map((a) => `${a.getAttribute('data-article-id')}:${a.className}`));
    expect(marks).toContain('firing-a-customer:stop is-read is-updated');
    expect(marks).toContain('characterizing-customers:stop is-read');
    expect(marks).toContain('tire-kickers-can-cause-flats:stop');
    // Reading to the end again counts as a new reading: the mark goes.
    await page.evaluate(() => document.querySelector('[data-read-end]')!.scrollIntoView());
    await page.waitForFunction(() => !document.querySelector('.since-read.is-shown'));
    const readAt = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).articles['unqualify-fast'].readAt as number, PROGRESS);
    expect(readAt).toBeGreaterThan(Date.parse('2026-11-18'));
    await context.close();
  });
});

describe('Is this page useful?', () => {
  it('thanks a yes, and without an address keeps a no note in this browser, listed on Your feedback', async () => {
    const { context, page } = await open('articles/unqualify-fast/', VIEWPORTS[1]);
    await page.click('[data-feedback-answer="yes"]');
    await page.locator('[data-feedback-status]').filter({ hasText: 'Thank you' }).waitFor();
    await expect(page.locator('[data-feedback-form]').isHidden()).resolves.toBe(true);
    await page.click('[data-feedback-answer="no"]');
    const note = page.getByLabel('What was missing, wrong or unclear?');
    await note.waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('feedback-note');
    await expect(page.locator('[data-feedback-mail]').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Keep this note' }).click();
    await page.locator('[data-feedback-status]').filter({ hasText: 'the note is empty' }).waitFor();
    await note.fill('The call script needs a next step.');
    await page.getByRole('button', { name: 'Keep this note' }).click();
    await page.locator('[data-feedback-status]').filter({ hasText: 'Kept in this browser' }).waitFor();
    await expect(note.inputValue()).resolves.toBe('');
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('customer-atlas:feedback:v1')!));
    expect(kept.notes).toEqual([expect.objectContaining({ article: 'unqualify-fast', owner: 'Sales Operations', note: 'The call script needs a next step.' })]);
    await expect(axeViolations(page)).resolves.toEqual([]);

    await page.goto(`${session.site.root}feedback/`);
    await expect(page.locator('[data-feedback-summary]').innerText()).resolves.toBe('1 note is kept in this browser.');
    await expect(page.locator('[data-feedback-list] .note').innerText()).resolves.toBe('The call script needs a next step.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-feedback-export]')]);
    expect(download.suggestedFilename()).toMatch(/^article-feedback-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(axeViolations(page)).resolves.toEqual([]);
    await context.close();
  });
});

describe("What's new and the feed", () => {
  it('lists every change with its note, newest first, and the feed parses as Atom', async () => {
    const { context, page } = await open('whats-new/', VIEWPORTS[0]);
    const changes = content.articles.flatMap((a) => ((readMdx(a.file).data['changes'] ?? []) as { note: string }[]).map((c) => ({ ...c, id: a.id })));
    expect(changes.length).toBeGreaterThanOrEqual(3);
    const dates = await page.locator('.news-item time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const change of changes) await expect(page.locator('.news-item', { hasText: change.note }).count()).resolves.toBe(1);
    await expect(axeViolations(page)).resolves.toEqual([]);
    const feed = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="alternate"][type="application/atom+xml"]')!;
      const response = await fetch(link.href);
      const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
      return {
        type: response.headers.get('content-type'),
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        summaries: [...doc.getElementsByTagName('entry')].map((e) => e.getElementsByTagName('summary')[0]?.textContent ?? ''),
        links: [...doc.getElementsByTagName('entry')].map((e) => e.getElementsByTagName('link')[0]?.getAttribute('href') ?? ''),
      };
    });
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
    expect(feed.summaries).toHaveLength(dates.length);
    for (const change of changes) expect(feed.summaries).toContain(change.note);
    for (const link of feed.links) expect(link).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
    await context.close();
  });
});
