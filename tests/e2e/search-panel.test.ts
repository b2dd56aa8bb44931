/** The header's search panel in Chromium: it fits the screen, marks only whole matching words, and passes axe in both themes. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const STOP = new Set(['a', 'an', 'and', 'of', 'the', 'to', 'in', 'on', 'or', 'for', 'is']);

/** Opens a page at a window size, types a query in the header field and waits for its results. */
async function panelAt(width: number, height: number, query: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await session.newContext({ colorScheme });
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(`${session.site.root}articles/the-drug-supplier/`);
  // On a phone the header may keep the field behind a button that opens it.
  if (!(await page.locator('#site-search-input').isVisible())) await page.locator('header [aria-expanded="false"]:is(button, [role="button"])').first().click();
  await page.locator('#site-search-input').focus();
  await page.locator('#site-search-input').fill(query);
  await page.locator('.search-panel .search-status').filter({ hasText: `“${query}”` }).waitFor();
  return page;
}

/** How many results are wholly on screen, inside the panel's scrolling area, without scrolling. */
function visibleResults(page: Page): Promise<number> {
  return page.evaluate(() => {
    const body = document.querySelector('.search-panel .search-body')!.getBoundingClientRect();
    return [...document.querySelectorAll('.search-panel .search-results li')].filter((li) => {
      const r = li.getBoundingClientRect();
      return r.top >= Math.max(0, body.top) - 1 && r.bottom <= Math.min(innerHeight, body.bottom) + 1 && r.height > 0;
    }).length;
  });
}

describe('the panel fits', () => {
  it.each([
    [1366, 900, 5],
    [390, 844, 4],
  ])('at %ix%i shows at least %i results and the "See all" link without scrolling', async (width, height, least) => {
    const page = await panelAt(width, height, 'customer');
    await expect(visibleResults(page)).resolves.toBeGreaterThanOrEqual(least);
    const more = await page.locator('.search-panel .search-more').boundingBox();
    expect(more).not.toBeNull();
    expect(more!.y + more!.height).toBeLessThanOrEqual(height);
    await expect(page.locator('.search-panel .search-more').innerText()).resolves.toMatch(/^See all \d+ results$/);
    await expect(page.evaluate(() => scrollY)).resolves.toBe(0);
    await page.context().close();
  });

  it('spans the content grid under a full-width field on a phone', async () => {
    const page = await panelAt(390, 844, 'bag of wind');
    // The header on a phone may give the field the whole row: the panel follows the field, not the header's layout.
    // Through the CSSOM: the Content-Security-Policy refuses a style element added to the page.
    await page.evaluate(() => {
      const box = document.querySelector<HTMLElement>('.site-search')!;
      box.style.setProperty('flex', '1 1 100%', 'important');
      box.style.setProperty('max-width', 'none', 'important');
    });
    await page.evaluate(() => dispatchEvent(new Event('resize')));
    const [field, panel] = await Promise.all([page.locator('#site-search-input').boundingBox(), page.locator('.search-panel').boundingBox()]);
    // The header's content box: the page's side margins, which the panel lines up with.
    const grid = await page.locator('.header-inner').evaluate((el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return { left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight) };
    });
    expect(grid.left).toBeGreaterThan(0);
    expect(panel!.x).toBe(Math.round(grid.left));
    expect(panel!.width).toBe(Math.round(grid.right) - Math.round(grid.left));
    expect(panel!.y).toBeGreaterThanOrEqual(field!.y + field!.height);
    await expect(page.locator('.search-panel .search-definition').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('marks each result by kind, in its section colour', async () => {
    const page = await panelAt(1366, 900, 'bag of wind');
    const rows = await page.locator('.search-panel .search-result').evaluateAll((links) =>
      links.map((a) => ({ kind: a.querySelector('.result-kind')?.textContent, hue: (a as HTMLElement).style.getPropertyValue('--hue'), hued: a.classList.contains('hued') })),
    );
    expect(rows[0]).toEqual({ kind: 'Article', hue: '200', hued: true });
    expect(rows.map((r) => r.kind)).toContain('Worksheet');
    expect(rows.every((r) => r.hued)).toBe(true);
    await page.context().close();
  });
});

describe('a first letter', () => {
  it('is answered at once with the chapters, sections and worksheets it starts; the full text is searched from the second letter', async () => {
    const context = await session.newContext();
    const page = await context.newPage();
    const index: string[] = [];
    page.on('request', (request) => {
      if (/pagefind\/index\//.test(request.url())) index.push(request.url());
    });
    await page.goto(`${session.site.root}articles/the-drug-supplier/`);
    const input = page.locator('#site-search-input');
    await input.focus();
    await page.locator('.search-panel').waitFor({ state: 'attached' });
    await input.press('c');
    const status = page.locator('.search-panel .search-status');
    await status.filter({ hasText: '“c”' }).waitFor();
    await expect(status.innerText()).resolves.toBe('Chapters, sections and worksheets starting with “c”: 9. Type a second letter to search every page.');
    const rows = () =>
      page.locator('.search-panel .search-result').evaluateAll((links) =>
        links.map((a) => [a.querySelector('.result-kind')?.textContent, a.querySelector('.result-title')?.textContent, new URL((a as HTMLAnchorElement).href).pathname.replace(/^.*?\/(chapters|sections|worksheets)\//, '$1/')]),
      );
    await expect(rows()).resolves.toEqual([
      ['Chapter', 'Customers', 'chapters/customers/'],
      ['Section', 'Customer Concepts', 'sections/customer-concepts/'],
      ['Section', 'Customer Control', 'sections/customer-control/'],
      ['Worksheet', 'Customer type quiz', 'worksheets/customer-type-quiz/'],
      ['Worksheet', 'Customer value worksheet', 'worksheets/customer-value/'],
    ]);
    // The keyboard reaches the places as it reaches results.
    await input.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.querySelector('.result-title')?.textContent)).resolves.toBe('Customers');
    expect(await axeViolations(page)).toEqual([]);
    // Nothing waits to turn the lone letter into a full-text search (which would match most pages):
    // the panel marks a pending wait with data-settling, and none is pending.
    const panel = page.locator('.search-panel');
    await expect(panel.getAttribute('data-settling')).resolves.toBeNull();
    expect(index).toEqual([]);
    await input.focus();
    await input.press('End');
    await input.press('u');
    await status.filter({ hasText: /results? for “cu”/ }).waitFor();
    await page.locator('.search-panel:not([data-settling])').waitFor({ state: 'attached' });
    expect(index.length).toBeGreaterThan(0);
    await expect(page.locator('.search-panel .search-result .result-kind').first().innerText()).resolves.not.toBe('Chapter');
    await context.close();
  });
});

describe('highlights', () => {
  it.each(['of', 'bag of wind', 'the customer', 'cost of a customer'])('for %j mark only whole words, never a stop word alone', async (query) => {
    const page = await panelAt(1366, 900, query);
    const marks = await page.locator('.search-panel mark').evaluateAll((nodes) =>
      nodes.map((m) => {
        const text = m.parentElement!.textContent!;
        const before = m.previousSibling?.textContent?.slice(-1) ?? '';
        const after = m.nextSibling?.textContent?.slice(0, 1) ?? '';
        return { mark: m.textContent!, before, after, text };
      }),
    );
    await expect(page.locator('.search-panel .result-excerpt').count()).resolves.toBeGreaterThan(0);
    if (query !== 'of') expect(marks.length).toBeGreaterThan(0);
    for (const { mark, before, after } of marks) {
      expect(STOP.has(mark.toLowerCase()), `"${mark}" marked alone`).toBe(false);
      expect(before, `"${mark}" starts inside a word`).not.toMatch(/[\p{L}\p{N}]/u);
      expect(after, `"${mark}" ends inside a word`).not.toMatch(/[\p{L}\p{N}]/u);
    }
    await page.context().close();
  });

  it('centres the excerpt on the phrase', async () => {
    const page = await panelAt(1366, 900, 'bag of wind');
    const excerpt = await page.locator('.search-panel .search-result').first().locator('.result-excerpt').innerText();
    const words = excerpt.split(/\s+/);
    const at = words.findIndex((w, i) => w.toLowerCase() === 'bag' && words[i + 1] === 'of');
    expect(at).toBeGreaterThan(5);
    expect(at).toBeLessThan(words.length - 5);
    await page.context().close();
  });
});

describe('accessibility', () => {
  it.each(['light', 'dark'] as const)('has no axe violations with the panel open (definition, chips, results) in the %s theme', async (colorScheme) => {
    for (const query of ['bag of wind', 'customer']) {
      const page = await panelAt(1366, 900, query, colorScheme);
      if (query === 'customer') {
        await page.locator('.search-panel .search-filter-toggle').click();
        await page.locator('.search-panel [data-filter="type"]').waitFor();
      }
      expect(await axeViolations(page), `${colorScheme}, ${query}`).toEqual([]);
      await page.context().close();
    }
    const phone = await panelAt(390, 844, 'customer', colorScheme);
    expect(await axeViolations(phone), `${colorScheme}, phone`).toEqual([]);
    await phone.context().close();
  });
});
