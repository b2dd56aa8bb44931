/**
 * Routes in Chromium: a manager plans a five-stop route on the chapter map and copies its link; a
 * rep in a fresh profile opens it, sees the line and their progress move as they read, saves it,
 * and finds it again after a reload and offline. Damaged and oversized links get a clear message.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeRoute } from '../../src/lib/routes/route-link';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { readContentIndex } from '../helpers/content';
import { goOffline, goOnline, readToEnd, waitForServiceWorker } from '../helpers/offline';

const content = readContentIndex();
const article = (id: string) => content.articles.find((a) => a.id === id)!;
// Five stops from four sections, picked out of reading order; the last is picked with the keyboard.
const PICKS = ['unqualify-fast', 'characterizing-customers', 'what-is-a-customer-six-types', 'customers-are-always-testing', 'building-customer-trust'].map(article);
let session: SiteSession;
let link = '';
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const stopsShown = (page: Page) => page.locator('[data-route-line] .stop-title').allInnerTexts();
const progressText = (page: Page) => page.locator('[data-route-progress]').innerText();

async function pickOnMap(page: Page, id: string, how: 'click' | 'keyboard' = 'click'): Promise<void> {
  const stop = page.locator(`.transit-map a.stop[data-article-id="${id}"]`);
  if (how === 'keyboard') {
    await stop.focus();
    await page.keyboard.press('Space');
  } else {
    await stop.click();
  }
  await page.locator(`.transit-map a.stop[data-article-id="${id}"][aria-pressed="true"]`).waitFor();
}

describe('routes', () => {
  it('lets a manager plan a five-stop route on the chapter map and copy its link', async () => {
    const context = await session.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.site.origin });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1366, height: 900 });
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`${session.site.root}chapters/customers/`);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /route-builder|saved-routes|route-link/.test(s)), 'no planner code before planning').toEqual([]);
    await expect(page.locator('[data-route-planner]').isHidden()).resolves.toBe(true);

    await page.locator('[data-plan-route].is-ready').click();
    await page.locator('[data-route-planner]:not([hidden])').waitFor();
    await expect(page.locator('[data-plan-route]').getAttribute('aria-pressed')).resolves.toBe('true');
    expect(scripts.some((s) => /route-builder/.test(s)), 'the planner loads when asked for').toBe(true);
    // Every stop is now a toggle, and pressing one does not leave the map.
    await expect(page.locator('.transit-map a.stop[role="button"][aria-pressed="false"]').count()).resolves.toBe(content.articles.length);
    for (const a of PICKS.slice(0, 4)) await pickOnMap(page, a.id);
    await pickOnMap(page, PICKS[4]!.id, 'keyboard');
    expect(page.url()).toBe(`${session.site.root}chapters/customers/`);
    await expect(page.locator('[data-route-announce]').innerText()).resolves.toBe(`Added ${PICKS[4]!.number} ${PICKS[4]!.title} as stop 5.`);
    // A stop pressed twice leaves the route; pressed again it joins at the end.
    await page.locator(`a.stop[data-article-id="${PICKS[2]!.id}"]`).click();
    await page.locator(`a.stop[data-article-id="${PICKS[2]!.id}"][aria-pressed="false"]`).waitFor();
    await pickOnMap(page, PICKS[2]!.id);
    // Put it back in third place with "Move up", and swap the first two.
    await page.getByRole('button', { name: `Move stop 5, ${PICKS[2]!.number} ${PICKS[2]!.title}, up` }).click();
    await page.getByRole('button', { name: `Move stop 4, ${PICKS[2]!.number} ${PICKS[2]!.title}, up` }).click();
    await page.getByRole('button', { name: `Move stop 1, ${PICKS[0]!.number} ${PICKS[0]!.title}, down` }).click();
    const order = [PICKS[1]!, PICKS[0]!, PICKS[2]!, PICKS[3]!, PICKS[4]!];
    await expect(page.locator('[data-route-picked] .planner-stop').allInnerTexts()).resolves.toEqual(order.map((a) => `${a.number}\n${a.title}`));
    await expect(page.locator('.transit-map .route-pick').allInnerTexts()).resolves.toHaveLength(5);
    await page.fill('[data-route-name]', 'First week: who to pursue');
    await page.fill('[data-route-note]', 'Read one stop a day, in order.');
    expect(await axeViolations(page), 'chapter page while planning').toEqual([]);

    await page.locator('[data-route-copy]').click();
    await page.locator('[data-route-announce]').filter({ hasText: 'Link copied' }).waitFor();
    link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await page.inputValue('[data-route-link]'));
    expect(link).toMatch(new RegExp(`^${session.site.root}routes/\\?r=1[A-Za-z0-9_-]+$`));
    expect(new URL(link).pathname.length + new URL(link).search.length).toBeLessThan(300);

    // The plan survives a reload: pressing "Plan a route" again brings it back.
    await page.reload();
    await page.locator('[data-plan-route].is-ready').click();
    await page.locator('[data-route-planner]:not([hidden])').waitFor();
    await expect(page.locator('[data-route-picked] li').count()).resolves.toBe(5);
    await expect(page.inputValue('[data-route-name]')).resolves.toBe('First week: who to pursue');
    await expect(page.inputValue('[data-route-link]')).resolves.toBe(link);
    // Planning put away, the stops are links again.
    await page.locator('[data-plan-route]').click();
    await page.locator('[data-plan-route][aria-pressed="false"]').waitFor();
    // The stops turn back into links as the planner stands down: wait for it, as a reader would see it.
    await expect.poll(() => page.locator('.transit-map a.stop[role="button"]').count()).toBe(0);
    await context.close();
  });

  it('shows a rep in a fresh profile the route as a line, with progress that moves as they read', async () => {
    expect(link, 'the planning test ran first').not.toBe('');
    const context = await session.newContext();
    const page = await context.newPage();
    await page.goto(link);
    await page.locator('.route-view.is-ready').waitFor();
    const order = [PICKS[1]!, PICKS[0]!, PICKS[2]!, PICKS[3]!, PICKS[4]!];
    await expect(page.locator('h1').innerText()).resolves.toBe('First week: who to pursue');
    await expect(page.locator('[data-route-note]').innerText()).resolves.toBe('Read one stop a day, in order.');
    await expect(stopsShown(page)).resolves.toEqual(order.map((a) => `${a.number} ${a.title}`));
    await expect(page.locator('[data-route-line] .stop-dot').allInnerTexts()).resolves.toEqual(['1', '2', '3', '4', '5']);
    await expect(progressText(page)).resolves.toBe('0 of 5 read');
    await expect(page.locator('[data-route-continue]').innerText()).resolves.toBe(`Start: ${order[0]!.number} ${order[0]!.title}`);
    expect(await axeViolations(page), 'route page, light').toEqual([]);

    // Read the first stop to its end, and mark the third read with the button.
    await page.locator('[data-route-continue] a').click();
    await page.waitForURL(`**/articles/${order[0]!.id}/`);
    await readToEnd(page);
    await page.goBack();
    await page.locator('[data-route-progress]').filter({ hasText: '1 of 5 read' }).waitFor();
    await page.goto(`${session.site.root}articles/${order[2]!.id}/`);
    await page.locator('[data-mark-read]').click();
    await page.locator('[data-mark-read][aria-pressed="true"]').waitFor();
    await page.goto(link);
    await expect(progressText(page)).resolves.toBe('2 of 5 read');
    await expect(page.locator('[data-route-line] a.stop.is-read').evaluateAll((as) => as.map((a) => a.getAttribute('data-article-id')))).resolves.toEqual([order[0]!.id, order[2]!.id]);
    await expect(page.locator('[data-route-continue]').innerText()).resolves.toBe(`Continue: ${order[1]!.number} ${order[1]!.title}`);

    // Saved, it is listed in Your routes with its progress, and stays there after a reload.
    await page.locator('[data-route-save]').click();
    await page.locator('[data-route-saved]').filter({ hasText: 'Saved' }).waitFor();
    await expect(page.locator('[data-route-save]').innerText()).resolves.toBe('Remove from Your routes');
    await page.goto(`${session.site.root}routes/`);
    await page.reload();
    await expect(page.locator('.saved-route').allInnerTexts()).resolves.toEqual(['First week: who to pursue\n5 stops · 2 of 5 read\nRemove']);
    await expect(page.locator('[data-saved-empty]').isHidden()).resolves.toBe(true);
    expect(await axeViolations(page), 'Your routes').toEqual([]);
    await page.locator('.saved-route a').click();
    await page.waitForURL(link);
    await expect(progressText(page)).resolves.toBe('2 of 5 read');
    await context.close();

    const dark = await session.newContext({ colorScheme: 'dark' });
    const again = await session.open(link.replace(session.site.root, ''), { context: dark });
    await again.locator('.route-view.is-ready').waitFor();
    expect(await axeViolations(again), 'route page, dark').toEqual([]);
    await dark.close();
  });

  it.each([
    ['a tampered link', (code: string) => `${code.slice(0, 10)}${code[10] === 'x' ? 'y' : 'x'}${code.slice(11)}`, /^This route link is damaged: part of it was changed or cut off/],
    ['an oversized link', (code: string) => code + 'A'.repeat(2100), /^This route link is too long \(over 2,000 characters\), so it was not opened\./],
    ['a link from a newer site', (code: string) => `9${code.slice(1)}`, /made in another version of the site/],
  ])('tells the reader plainly when a route cannot be opened: %s', async (_name, spoil, message) => {
    const code = encodeRoute({ name: 'Spoilt', note: '', stops: PICKS.map((a) => a.number) });
    const page = await session.open(`routes/?r=${spoil(code)}`);
    await page.locator('.route-view.is-ready').waitFor();
    await expect(page.locator('h1').innerText()).resolves.toBe('This route cannot be opened');
    await expect(page.locator('[data-route-problem-message]').innerText()).resolves.toMatch(message);
    await expect(page.locator('[data-route-one]').isHidden()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('opens a saved route offline, with its articles', async () => {
    const code = encodeRoute({ name: 'Offline week', note: '', stops: PICKS.slice(0, 3).map((a) => a.number) });
    const context = await session.newContext();
    const page = await session.open(`routes/?r=${code}`, { context });
    await waitForServiceWorker(page);
    await page.locator('[data-route-save]').click();
    await page.locator('[data-route-saved]').filter({ hasText: 'articles are kept on this device' }).waitFor();
    await goOffline(session, context);
    try {
      await page.goto(`${session.site.root}routes/`);
      await page.locator('.saved-route a').click();
      await page.locator('.route-view.is-ready').waitFor();
      await expect(stopsShown(page)).resolves.toEqual(PICKS.slice(0, 3).map((a) => `${a.number} ${a.title}`));
      await page.locator('[data-route-line] a.stop').nth(2).click();
      await expect(page.locator('h1').innerText()).resolves.toBe(PICKS[2]!.title);
    } finally {
      goOnline(session);
      await context.close();
    }
  });

  it('adds no route code to an article page', async () => {
    const page = await session.open(`articles/${PICKS[0]!.id}/`);
    await page.waitForLoadState('networkidle');
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /route/.test(s))).toEqual([]);
    await page.context().close();
  });

  it('sent no request off the site', () => {
    expect(session.offsite).toEqual([]);
  });
});
