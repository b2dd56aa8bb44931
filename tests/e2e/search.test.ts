/** Search in a real Chromium against the built site and its Pagefind index: what it finds, where it lands, filters, deep links. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type SiteSession } from '../helpers/browser';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const SEARCH_CODE = /pagefind|search-ui|search-terms/;

/** Types a query into the header field and waits for the announced result count. */
async function headerSearch(page: Page, query: string): Promise<string[]> {
  await page.locator('#site-search-input').fill(query);
  await page.locator('.search-panel .search-status').filter({ hasText: `“${query}”` }).waitFor();
  return page.locator('.search-panel .result-title').allInnerTexts();
}

describe('header search', () => {
  it('"bag of wind" opens with the definition, then the six-types article landing on the bag-of-wind heading', async () => {
    const page = await session.open('articles/the-drug-supplier/');
    await page.locator('#site-search-input').focus();
    const titles = await headerSearch(page, 'bag of wind');
    const card = page.locator('.search-panel .search-definition');
    await expect(card.locator('.definition-term').innerText()).resolves.toBe('Bag of wind');
    await expect(card.locator('.definition-short').innerText()).resolves.toMatch(/^A contact with little or no influence/);
    await expect(card.locator('.definition-term a').getAttribute('href')).resolves.toBe('/glossary/bag-of-wind/');
    await expect(card.locator('.definition-article a').getAttribute('href')).resolves.toBe('/articles/what-is-a-customer-six-types/');
    // The card comes before the results in the panel.
    const order = await page.evaluate(() => {
      const panel = document.querySelector('.search-panel')!;
      return [...panel.querySelectorAll('.search-definition, .search-results li')].map((n) => n.className || 'result');
    });
    expect(order[0]).toBe('search-definition');
    expect(titles[0]).toBe('What Is a Customer? Six Types');
    // The glossary entry is the card, not a result again below it.
    expect(titles).not.toContain('Bag of wind');
    const first = page.locator('.search-panel .search-result').first();
    await expect(first.getAttribute('href')).resolves.toBe('/articles/what-is-a-customer-six-types/#the-bag-of-wind');
    await expect(first.locator('.result-place').innerText()).resolves.toContain('The bag of wind');
    await Promise.all([page.waitForURL(/what-is-a-customer-six-types\/#the-bag-of-wind$/), first.click()]);
    await expect(page.evaluate(() => document.getElementById('the-bag-of-wind')?.getBoundingClientRect().top ?? -1)).resolves.toBeLessThan(200);
  });

  it.each([
    ['veto', 'What Is a Customer? Six Types'],
    ['5.03.02.07', 'Firing a Customer'],
    ['5.030207', 'Firing a Customer'],
    ['5.03.01.04', 'What Is a Customer? Six Types'],
  ])('%j finds %j first', async (query, title) => {
    const page = await session.open('articles/the-drug-supplier/');
    await page.locator('#site-search-input').focus();
    const titles = await headerSearch(page, query);
    expect(titles[0]).toBe(title);
  });

  it.each([
    ['CLV', 'Customer lifetime value (CLV)', 'Which Customers Matter Most?'],
    ['tire kicker', 'Tire kicker', 'Tire Kickers Can Cause Flats'],
    ['lifetime value', 'Customer lifetime value (CLV)', 'Which Customers Matter Most?'],
  ])('%j opens with the definition of %j and lists %j', async (query, term, article) => {
    const page = await session.open();
    await page.locator('#site-search-input').focus();
    const titles = await headerSearch(page, query);
    await expect(page.locator('.search-panel .definition-term').innerText()).resolves.toBe(term);
    expect(titles).toContain(article);
  });

  it('opens with no definition card when the query names no term', async () => {
    const page = await session.open();
    await page.locator('#site-search-input').focus();
    await headerSearch(page, 'veto');
    await expect(page.locator('.search-panel .search-definition').count()).resolves.toBe(0);
  });

  it('says so when nothing matches', async () => {
    const page = await session.open();
    await page.locator('#site-search-input').focus();
    await page.locator('#site-search-input').fill('qwertyuiop');
    await expect(page.locator('.search-panel [role="status"]').filter({ hasText: 'No results' }).innerText()).resolves.toBe(
      'No results for “qwertyuiop”. Try fewer or different words.',
    );
  });

  it('loads no search code until the field is used, then only from 127.0.0.1; the number filter only for a number', async () => {
    const context = await session.newContext();
    const requested: string[] = [];
    context.on('request', (r) => requested.push(r.url()));
    const page = await session.open('articles/unqualify-fast/', { context });
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => SEARCH_CODE.test(u))).toEqual([]);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-input');
    await headerSearch(page, 'incumbent');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => SEARCH_CODE.test(u)).length).toBeGreaterThan(0);
    expect(requested.every((u) => u.startsWith(session.site.origin))).toBe(true);
    expect(session.offsite).toEqual([]);
    // No filter index loads with a query; the per-article number filter loads only for a number,
    // and type, chapter and section once the panel's Filter button is pressed.
    const filterFiles = () => new Set(requested.filter((u) => u.includes('/pagefind/filter/'))).size;
    expect(filterFiles()).toBe(0);
    await headerSearch(page, '5.03.02.07');
    await page.waitForLoadState('networkidle');
    expect(filterFiles()).toBe(1);
    await page.locator('#site-search-input').fill('customer');
    await page.locator('.search-panel .search-status').filter({ hasText: '“customer”' }).waitFor();
    await page.locator('.search-panel .search-filter-toggle').click();
    await page.locator('.search-panel [data-filter="type"]').waitFor();
    await page.waitForLoadState('networkidle');
    expect(filterFiles()).toBe(4);
    await expect(page.locator('.search-panel .search-filter-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('.search-panel [data-filter="chapter"]').count()).resolves.toBe(0);
  });

  it('searches a short last word once typing pauses', async () => {
    const page = await session.open();
    await page.locator('#site-search-input').focus();
    await headerSearch(page, 'customer');
    const count = (text: string) => Number(/^(\d+)/.exec(text)?.[1] ?? -1);
    const all = count(await page.locator('.search-panel .search-status').innerText());
    await page.keyboard.type(' ty', { delay: 30 });
    // While typing, "ty" waits (the results stay those for "customer"); after the pause it narrows them.
    await page.waitForFunction(
      (before) => {
        const text = document.querySelector('.search-panel .search-status')?.textContent ?? '';
        const n = Number(/^(\d+)/.exec(text)?.[1] ?? -1);
        return text.includes('“customer ty”') && n > 0 && n < before;
      },
      all,
    );
    expect(all).toBeGreaterThan(count(await page.locator('.search-panel .search-status').innerText()));
  });

  it('works by keyboard alone: shortcut, type, arrows through the card and results, Enter', async () => {
    const page = await session.open();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('bag of wind');
    await page.locator('.search-panel .search-status').filter({ hasText: 'bag of wind' }).waitFor();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.split('\n')[0]);
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe('Bag of wind');
    await page.keyboard.press('ArrowDown');
    await expect(focused()).resolves.toBe('5.03.01.04 What Is a Customer? Six Types');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.querySelector('.result-title')?.textContent)).resolves.toBe('What Is a Customer? Six Types');
    await page.keyboard.press('Home');
    await expect(focused()).resolves.toBe('Bag of wind');
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-input');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/articles\/what-is-a-customer-six-types\/#the-bag-of-wind/), page.keyboard.press('Enter')]);
  });

  it('Escape closes the panel and returns to the field', async () => {
    const page = await session.open();
    await page.locator('#site-search-input').focus();
    await headerSearch(page, 'veto');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(page.locator('.search-panel').isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-input');
  });
});

describe('the search page', () => {
  it('reads ?q= from the URL (a shareable deep link)', async () => {
    const page = await session.open('search/?q=veto');
    await page.locator('.search-status').filter({ hasText: 'veto' }).waitFor();
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('veto');
    await expect(page.locator('.result-title').first().innerText()).resolves.toBe('What Is a Customer? Six Types');
  });

  it('shows type chips with counts before a query, and a chip alone lists its pages', async () => {
    const page = await session.open('search/');
    await page.locator('.search-status').filter({ hasText: 'Type to search' }).waitFor();
    const chip = page.locator('[data-filter="type"] button[data-value="Glossary"]');
    const label = await chip.innerText();
    expect(label).toMatch(/^Definitions \d+$/);
    const count = Number(/(\d+)$/.exec(label)![1]);
    expect(count).toBeGreaterThanOrEqual(14);
    await chip.click();
    await page.locator('.search-status').filter({ hasText: `${count} results` }).waitFor();
    await expect(chip.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(page.locator('.search-results li').count()).resolves.toBe(Math.min(count, 20));
    expect(page.url()).toContain('type=Glossary');
  });

  it("indexes the worksheets' explanations under the Worksheet type", async () => {
    const page = await session.open('search/?type=Worksheet');
    await page.locator('.search-status').filter({ hasText: '3 results' }).waitFor();
    await expect(page.locator('.result-title').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(['Customer type quiz', 'Ideal-customer checklist', 'Customer value worksheet']),
    );
    await page.locator('#search-page-input').fill('six types');
    await page.locator('.search-status').filter({ hasText: 'six types' }).waitFor();
    await expect(page.locator('.result-title').first().innerText()).resolves.toBe('Customer type quiz');
  });

  it('narrows results with a section filter, and the counts agree; the chapter filter stays hidden with one chapter', async () => {
    const page = await session.open('search/?q=customer');
    await page.locator('.search-status').filter({ hasText: 'customer' }).waitFor();
    await expect(page.locator('[data-filter="chapter"]').count()).resolves.toBe(0);
    const before = Number(/^(\d+)/.exec(await page.locator('.search-status').innerText())![1]);
    const section = page.locator('select[data-filter="section"]');
    const label = await section.locator('option', { hasText: 'Customer Concepts' }).innerText();
    const count = Number(/\((\d+)\)/.exec(label)![1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(before);
    await section.selectOption({ label });
    await page.locator('.search-status').filter({ hasText: `${count} result` }).waitFor();
    const items = page.locator('.search-results li');
    await expect(items.count()).resolves.toBe(count);
    const kinds = await page.locator('.search-result').evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset['kind']));
    for (const place of await page.locator('.result-place').allInnerTexts()) expect(place).toContain('Customer Concepts');
    expect(kinds.every((k) => k === 'Article' || k === 'Section')).toBe(true);
    expect(page.url()).toContain('section=5.03.01');
    // The picked section stays on show (to clear it), and the type chips still add up.
    const chips = await page.locator('[data-filter="type"] button:not([data-value=""]) .num').allInnerTexts();
    expect(chips.map(Number).reduce((a, b) => a + b, 0)).toBe(count);
  });

  it('without JavaScript, says search needs it and links to the atlas; the header field submits here', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.site.root}glossary/`);
    await page.locator('#site-search-input').fill('veto');
    await Promise.all([page.waitForURL(/search\/\?q=veto/), page.locator('#site-search-input').press('Enter')]);
    await expect(page.locator('[data-search-nojs]').innerText()).resolves.toContain('Search needs JavaScript');
    await expect(page.locator('[data-search-nojs] a').first().getAttribute('href')).resolves.toBe('/');
    await context.close();
  });
});
