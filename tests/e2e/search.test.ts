/** Search in a real Chromium against the built site and its Pagefind index. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const SEARCH_CODE = /pagefind|search-ui/;

/** Types a query into the header field and waits for the announced result count. */
async function headerSearch(page: Page, query: string): Promise<string[]> {
  await page.locator('#site-search-input').fill(query);
  await page.locator('.search-panel .search-status').filter({ hasText: query }).waitFor();
  return page.locator('.search-panel .result-title').allInnerTexts();
}

describe('header search', () => {
  it.each([
    ['bag of wind', 'What Is a Customer? Six Types'],
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

  it('"lifetime value" finds the article on which customers matter most and the CLV entry', async () => {
    const page = await session.open();
    await page.locator('#site-search-input').focus();
    const titles = await headerSearch(page, 'lifetime value');
    expect(titles).toContain('Which Customers Matter Most?');
    expect(titles).toContain('Customer lifetime value (CLV)');
    await expect(page.locator('.search-panel mark').first().innerText()).resolves.toMatch(/lifetime|value/i);
  });

  it('says so when nothing matches', async () => {
    const page = await session.open();
    await page.locator('#site-search-input').focus();
    await page.locator('#site-search-input').fill('qwertyuiop');
    await expect(page.locator('.search-panel [role="status"]').filter({ hasText: 'No results' }).innerText()).resolves.toBe(
      'No results for “qwertyuiop”. Try fewer or different words.',
    );
  });

  it('loads no search code until the field is used, then only from 127.0.0.1', async () => {
    const context = await session.newContext();
    const requested: string[] = [];
    context.on('request', (r) => requested.push(r.url()));
    const page = await session.open('articles/unqualify-fast/', { context });
    await page.waitForLoadState('networkidle');
    expect(requested.filter((u) => SEARCH_CODE.test(u))).toEqual([]);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-input');
    await headerSearch(page, 'incumbent');
    expect(requested.filter((u) => SEARCH_CODE.test(u)).length).toBeGreaterThan(0);
    expect(requested.every((u) => u.startsWith(session.site.origin))).toBe(true);
    expect(session.offsite).toEqual([]);
  });

  it('works by keyboard alone: shortcut, type, arrows, Enter', async () => {
    const page = await session.open();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('bag of wind');
    await page.locator('.search-panel .search-status').filter({ hasText: 'bag of wind' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.querySelector('.result-title')?.textContent);
    await page.keyboard.press('ArrowUp');
    const first = await page.evaluate(() => document.activeElement?.querySelector('.result-title')?.textContent);
    expect(first).toBe('What Is a Customer? Six Types');
    expect(second).not.toBe(first);
    await Promise.all([page.waitForURL(/articles\/what-is-a-customer-six-types\//), page.keyboard.press('Enter')]);
  });

  it('has no axe violations with results open, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await session.open('', { colorScheme });
      await page.locator('#site-search-input').focus();
      await headerSearch(page, 'customer');
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
});

describe('the search page', () => {
  it('reads ?q= from the URL (a shareable deep link)', async () => {
    const page = await session.open('search/?q=veto');
    await page.locator('.search-status').filter({ hasText: 'veto' }).waitFor();
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('veto');
    await expect(page.locator('.result-title').first().innerText()).resolves.toBe('What Is a Customer? Six Types');
  });

  it('shows filters with counts before a query, and a filter alone lists its pages', async () => {
    const page = await session.open('search/');
    const type = page.locator('select[data-filter="type"]');
    await page.locator('.search-status').filter({ hasText: 'Type to search' }).waitFor();
    const glossaryOption = await type.locator('option', { hasText: 'Glossary' }).innerText();
    const count = Number(/\((\d+)\)/.exec(glossaryOption)![1]);
    expect(count).toBeGreaterThanOrEqual(14);
    await type.selectOption({ label: glossaryOption });
    await page.locator('.search-status').filter({ hasText: `${count} results` }).waitFor();
    await expect(page.locator('.search-results li').count()).resolves.toBe(Math.min(count, 20));
    expect(page.url()).toContain('type=Glossary');
  });

  it('indexes the worksheets\' explanations under the Worksheet type', async () => {
    const page = await session.open('search/?type=Worksheet');
    await page.locator('.search-status').filter({ hasText: '2 results' }).waitFor();
    await expect(page.locator('.result-title').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(['Customer type quiz', 'Ideal-customer checklist']),
    );
    await page.locator('#search-page-input').fill('six types');
    await page.locator('.search-status').filter({ hasText: 'six types' }).waitFor();
    await expect(page.locator('.result-title').first().innerText()).resolves.toBe('Customer type quiz');
  });

  it('narrows results with a section filter, and the counts agree', async () => {
    const page = await session.open('search/?q=customer');
    await page.locator('.search-status').filter({ hasText: 'customer' }).waitFor();
    const before = Number(/^(\d+)/.exec(await page.locator('.search-status').innerText())![1]);
    const section = page.locator('select[data-filter="section"]');
    const label = await section.locator('option', { hasText: 'Customer Concepts' }).innerText();
    const count = Number(/\((\d+)\)/.exec(label)![1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(before);
    await section.selectOption({ label });
    await page.locator('.search-status').filter({ hasText: `${count} result` }).waitFor();
    const places = await page.locator('.result-place').allInnerTexts();
    expect(places).toHaveLength(count);
    for (const place of places) expect(place).toContain('5.03.01 Customer Concepts');
    expect(page.url()).toContain('section=5.03.01');
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
