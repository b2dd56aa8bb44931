/** The content grid in Chromium: the search panel, the glossary's A–Z bar and the checklist's heatmap stay inside it; the value table cuts off no text on a phone. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistSeed } from '../../scripts/worksheet-seeds.mjs';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { checklistPath, waitForChecklist } from '../helpers/checklist-page';
import { importAccounts, valuePath, waitForWorksheet } from '../helpers/customer-value-page';
import { loadShift } from '../helpers/quiz-measure';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const checklistKey = 'customer-atlas:ideal-customer-checklist:v1';
const widths = [390, 768, 1366] as const;
const heightOf = (width: number) => (width < 600 ? 844 : width < 1000 ? 1024 : 900);
const close = (page: Page) => page.context().close();

/** Opens a path at a width in a fresh context. */
async function openAt(path: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height: heightOf(width) }, colorScheme });
  const page = await context.newPage();
  await page.goto(`${session.site.root}${path}`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

/** Opens the header search panel with a query (through the search button where the header keeps the field behind it). */
async function openSearch(page: Page, query: string): Promise<void> {
  if (!(await page.locator('#site-search-input').isVisible())) await page.locator('.search-toggle').click();
  await page.locator('#site-search-input').fill(query);
  await page.locator('.search-panel .search-status').filter({ hasText: `“${query}”` }).waitFor();
}

/**
 * Every visible element of `root` (itself included) whose box reaches past the content grid (the header's
 * content box, as search-ui.ts reads it). An element inside a box that clips or scrolls sideways counts by that box's edges.
 */
function pastGrid(page: Page, root: string): Promise<{ grid: { left: number; right: number }; count: number; past: string[] }> {
  return page.evaluate((sel) => {
    const inner = document.querySelector('.header-inner')!;
    const box = inner.getBoundingClientRect();
    const style = getComputedStyle(inner);
    const grid = { left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight) };
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].slice(0, 2).map((c) => `.${c}`).join('')} “${(el.textContent ?? '').trim().slice(0, 24)}”`;
    const clipper = (el: Element): Element | null => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return p;
      return null;
    };
    const past: string[] = [];
    let count = 0;
    for (const top of document.querySelectorAll(sel)) {
      for (const el of [top, ...top.querySelectorAll('*')]) {
        const own = el.getBoundingClientRect();
        if (own.width === 0 || own.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        // Visually hidden text (1 px, clipped) has no box to see.
        if (own.width <= 1 && own.height <= 1) continue;
        count++;
        const edge = clipper(el)?.getBoundingClientRect() ?? own;
        const left = Math.max(own.left, edge.left);
        const right = Math.min(own.right, edge.right);
        if (left < grid.left - 0.5 || right > grid.right + 0.5) past.push(`${name(el)}: ${left.toFixed(1)}–${right.toFixed(1)}`);
      }
    }
    return { grid, count, past };
  }, root);
}

describe.each(widths)('inside the content grid at %i px', (width) => {
  it('the search panel, open on "bag of wind"', async () => {
    const page = await openAt('glossary/', width);
    await openSearch(page, 'bag of wind');
    const { grid, count, past } = await pastGrid(page, '.search-panel');
    expect(grid.left).toBeGreaterThan(0);
    expect(grid.right).toBeLessThan(width);
    expect(count).toBeGreaterThan(10);
    expect(past).toEqual([]);
    await close(page);
  });

  it('the glossary A–Z bar, every letter of it', async () => {
    const page = await openAt('glossary/', width);
    await expect(page.locator('.az-index li').count()).resolves.toBeGreaterThanOrEqual(26);
    const { count, past } = await pastGrid(page, '.az-index');
    expect(count).toBeGreaterThan(26);
    expect(past).toEqual([]);
    await close(page);
  });

  it('the checklist comparison heatmap, seeded with eight customers', async () => {
    const context = await session.browser.newContext({ viewport: { width, height: heightOf(width) } });
    const { page, cls } = await loadShift(context, `${session.site.root}${checklistPath}`, checklistKey, checklistSeed({}));
    await waitForChecklist(page);
    await page.locator('table.heatmap').waitFor();
    expect(cls).toBeLessThan(0.02);
    const { count, past } = await pastGrid(page, '.comparison');
    expect(count).toBeGreaterThan(8 * 8);
    expect(past).toEqual([]);
    await close(page);
  });
});

describe('the heatmap on a phone', () => {
  it('scrolls sideways inside the grid, says so with a fade and a shadow, and keeps the customer column', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page } = await loadShift(context, `${session.site.root}${checklistPath}`, checklistKey, checklistSeed({}));
    await waitForChecklist(page);
    const scroller = page.locator('.comparison .scroll-box-inner');
    await scroller.waitFor();
    const frame = page.locator('.comparison .scroll-box');
    const read = () =>
      page.evaluate(() => {
        const inner = document.querySelector<HTMLElement>('.comparison .scroll-box-inner')!;
        const outer = inner.parentElement!;
        const first = [...document.querySelectorAll<HTMLElement>('table.heatmap tr > :first-child')];
        const box = inner.getBoundingClientRect();
        return {
          overflow: inner.scrollWidth - inner.clientWidth,
          scrollLeft: inner.scrollLeft,
          fade: getComputedStyle(outer, '::after').opacity,
          shadows: first.map((th) => getComputedStyle(th).boxShadow),
          // How far each first-column cell sits from the box's left edge, and whether it is the element seen there.
          offsets: first.map((th) => Math.round(th.getBoundingClientRect().left - box.left)),
          // Each cell of the column is what shows at its place, over the scrolled cells (brought on screen to look).
          onTop: first.map((th) => {
            window.scrollBy(0, th.getBoundingClientRect().top - innerHeight / 2);
            const r = th.getBoundingClientRect();
            const seen = document.elementFromPoint(r.left + 8, r.top + r.height / 2);
            return th.contains(seen) || `${th.textContent} under ${seen?.outerHTML.slice(0, 60)}`;
          }),
          names: first.slice(1).map((th) => th.textContent),
        };
      });
    const before = await read();
    expect(before.overflow).toBeGreaterThan(100);
    expect(before.fade).toBe('1');
    expect(before.shadows.every((s) => s === 'none')).toBe(true);
    await expect(frame.getAttribute('data-scrolled')).resolves.toBeNull();
    await scroller.evaluate((el) => el.scrollBy({ left: 160, behavior: 'instant' }));
    await page.locator('.comparison .scroll-box[data-scrolled]').waitFor();
    const after = await read();
    expect(after.scrollLeft).toBeGreaterThanOrEqual(150);
    // The first column stays at the box's left edge (within the table's 2 px cell spacing), not scrolled away with the rest.
    for (const x of [...before.offsets, ...after.offsets]) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(2);
    }
    expect(after.onTop).toEqual(after.onTop.map(() => true));
    expect(after.names).toEqual(['Birch Ltd', 'Juniper Labs', 'Northwind Traders', 'Quartz Legal', 'Alder & Co', 'Maple Freight', 'Harbour Health', 'Cobalt']);
    expect(after.shadows.length).toBe(9);
    for (const shadow of after.shadows) expect(shadow).not.toBe('none');
    // At the far end, the fade goes: nothing more to see.
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
    await expect.poll(() => frame.getAttribute('data-more-end')).toBeNull();
    await close(page);
  });
});

describe('the value table at 390 px', () => {
  it('cuts off no text of the ranked table after the demo import', async () => {
    const page = await openAt(valuePath, 390);
    await waitForWorksheet(page);
    await importAccounts(page);
    await expect(page.locator('.cv-table tbody tr.cv-row').count()).resolves.toBe(11);
    const cut = await page.locator('.cv-table').evaluate((table) => {
      const found: string[] = [];
      let checked = 0;
      for (const el of table.querySelectorAll<HTMLElement>('caption, th, td, button, span')) {
        const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        if (!text || !el.getClientRects().length) continue;
        // Visually hidden text (a name's full form beside its short one, "Edit <name>") is for screen readers; the short form is what shows and must fit.
        if (el.closest('.visually-hidden, .cv-full')) continue;
        checked++;
        const style = getComputedStyle(el);
        if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'visible') found.push(`${el.className || el.tagName}: “${el.textContent!.trim()}” ${el.scrollWidth} > ${el.clientWidth}`);
        // Text in a box that clips it: the text's own width against the nearest clipping ancestor.
        // Only the element's own words: a visually hidden child (a button's "Edit <name>") has a box of its own.
        for (const node of [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) {
          const range = document.createRange();
          range.selectNodeContents(node);
          const r = range.getBoundingClientRect();
          for (let p = el.parentElement; p && p !== table.parentElement; p = p.parentElement) {
            if (getComputedStyle(p).overflowX === 'visible') continue;
            const b = p.getBoundingClientRect();
            if (r.right > b.right + 1 || r.left < b.left - 1) found.push(`${el.className || el.tagName}: “${node.textContent!.trim()}” clipped by ${p.className}`);
            break;
          }
        }
      }
      return { checked, found };
    });
    expect(cut.checked).toBeGreaterThan(11 * 6);
    expect(cut.found).toEqual([]);
    // Each shortened name has its full form for screen readers and in its title.
    const names = await page.locator('.cv-table tbody .cv-name').evaluateAll((ths) => ths.map((th) => ({ title: th.getAttribute('title'), full: (th.querySelector('.cv-full') ?? th).textContent })));
    for (const n of names) expect(n.full).toBe(n.title);
    await close(page);
  });
});

describe('accessibility of what these tests open', () => {
  it.each(['light', 'dark'] as const)('has no axe violations on the glossary, the seeded checklist and the imported value table at 390 px, %s', async (colorScheme) => {
    const glossary = await openAt('glossary/', 390, colorScheme);
    expect(await axeViolations(glossary), 'glossary').toEqual([]);
    await close(glossary);
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
    const { page } = await loadShift(context, `${session.site.root}${checklistPath}`, checklistKey, checklistSeed({}));
    await waitForChecklist(page);
    await page.locator('table.heatmap').waitFor();
    expect(await axeViolations(page), 'checklist').toEqual([]);
    await close(page);
    const value = await openAt(valuePath, 390, colorScheme);
    await waitForWorksheet(value);
    await importAccounts(value);
    expect(await axeViolations(value), 'value table').toEqual([]);
    await close(value);
  });
});
