/** The checklist as a tool: cards and whole words on a phone, readable comparison text, no layout shift, a compact rating grid with a live score. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistSeed } from '../../scripts/worksheet-seeds.mjs';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { checklistPath, rankedRows, waitForChecklist } from '../helpers/checklist-page';
import { brokenWords, loadShift } from '../helpers/quiz-measure';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const key = 'customer-atlas:ideal-customer-checklist:v1';
const desktop = { width: 1366, height: 900 };
const seeded = async (viewport: { width: number; height: number }, saved: unknown | null, colorScheme: 'light' | 'dark' = 'light') => {
  const context = await session.browser.newContext({ viewport, colorScheme });
  const { page, cls } = await loadShift(context, `${session.site.root}${checklistPath}`, key, saved);
  await waitForChecklist(page);
  return { page, cls };
};
const close = (page: Page) => page.context().close();

describe.each([360, 390])('the ranked list at %i px', (width) => {
  it('turns each row into a card and breaks no word, with saved customers there after the reload and no layout shift', async () => {
    const { page, cls } = await seeded({ width, height: 844 }, checklistSeed({}));
    expect(cls).toBeLessThan(0.02);
    const rows = await rankedRows(page);
    expect(rows.map((r) => r[1])).toEqual(['Birch Ltd', 'Juniper Labs', 'Northwind Traders', 'Quartz Legal', 'Alder & Co', 'Maple Freight', 'Harbour Health', 'Cobalt']);
    const cards = await page.locator('table.ranking tbody tr').evaluateAll((trs) => trs.map((tr) => getComputedStyle(tr).display));
    expect(new Set(cards)).toEqual(new Set(['grid']));
    expect(await brokenWords(page, 'table.ranking')).toEqual([]);
    // A one-word cell is one line tall: its text height is its line height.
    const heights = await page.locator('table.ranking .score-cell .num, table.ranking .rank-cell').evaluateAll((els) =>
      els.map((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return { text: range.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) };
      }),
    );
    for (const h of heights) expect(h.text).toBeLessThanOrEqual(h.line + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await close(page);
  });

  it('shows the comparison without a click, its text never under 12 px', async () => {
    const { page } = await seeded({ width, height: 844 }, checklistSeed({}));
    await page.locator('table.heatmap').waitFor();
    const sizes = await page.locator('.comparison, .comparison *').evaluateAll((els) =>
      els.filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())).map((el) => parseFloat(getComputedStyle(el).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(50);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(await brokenWords(page, '.comparison')).toEqual([]);
    await close(page);
  });
});

describe('empty, rating and the live score', () => {
  it('explains the empty list instead of showing an empty table, without layout shift', async () => {
    const { page, cls } = await seeded({ width: 390, height: 844 }, null);
    expect(cls).toBeLessThan(0.02);
    await expect(page.locator('table.ranking').count()).resolves.toBe(0);
    await expect(page.locator('.empty-ranking').innerText()).resolves.toContain('No customers yet.');
    await close(page);
  });

  it('rates one customer in a grid that fits 1366x900, with the score and verdict updating as the rep rates', async () => {
    const { page, cls } = await seeded(desktop, checklistSeed({}));
    expect(cls).toBeLessThan(0.02);
    await page.getByLabel('Customer name').fill('Fresh Co');
    await page.getByRole('button', { name: 'Add and score' }).click();
    const form = page.locator('form.rating-form');
    await form.waitFor();
    const box = (await form.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(desktop.height);
    await expect(form.locator('fieldset.criterion').count()).resolves.toBe(6);
    for (const fieldset of await form.locator('fieldset.criterion').all()) {
      await expect(fieldset.locator('input[type=radio]').count()).resolves.toBe(5);
      await expect(fieldset.locator('.segment-label').count()).resolves.toBe(5);
      await expect(fieldset.locator('details summary').count()).resolves.toBe(1);
    }
    const live = form.locator('.score-live');
    await expect(live.getAttribute('aria-live')).resolves.toBe('polite');
    const scoreSize = await form.locator('.score-number').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(scoreSize).toBeGreaterThanOrEqual(40);
    const levels = [4, 4, 4, 4, 4, 4];
    for (const [i, level] of levels.entries()) await form.locator('fieldset.criterion').nth(i).locator('input[type=radio]').nth(level).check();
    await expect(live.innerText()).resolves.toMatch(/^100\s+of 100/);
    await form.locator('fieldset.criterion').nth(5).locator('input[type=radio]').nth(0).check();
    await expect(live.innerText()).resolves.toMatch(/^75\s+of 100[\s\S]*Develop/);
    await form.locator('details summary').first().click();
    await expect(form.locator('details').first().innerText()).resolves.toContain('When they need something you sell, who do they turn to?');
    await close(page);
  });

  it('with 10 customers, closes a saved rating to one line and shows the ranking in the first screen at 1366x900', async () => {
    const { page, cls } = await seeded(desktop, checklistSeed({ count: 10 }));
    expect(cls).toBeLessThan(0.02);
    await page.getByLabel('Customer name').fill('Eleventh Co');
    await page.getByRole('button', { name: 'Add and score' }).click();
    const form = page.locator('form.rating-form');
    for (const [i, level] of [4, 4, 3, 4, 3, 4].entries()) await form.locator('fieldset.criterion').nth(i).locator('input[type=radio]').nth(level).check();
    await form.getByRole('button', { name: 'Save and show in the ranking' }).click();
    await expect(form.count()).resolves.toBe(0);
    // The form is now one line, and focus is on the customer's row in the ranking.
    const summary = page.locator('.rated-summary');
    await expect(summary.innerText()).resolves.toMatch(/Saved Eleventh Co: \d+ of 100, Keep, and find more like them\./);
    expect((await summary.boundingBox())!.height).toBeLessThanOrEqual(60);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Eleventh Co');
    await expect(page.evaluate(() => document.activeElement?.closest('table')?.className)).resolves.toBe('ranking');
    // One screen holds the saved line, the ranking's heading and the rated row, with no scrolling.
    const inView = async (selector: string) => {
      const box = (await page.locator(selector).first().boundingBox())!;
      return box.y >= 0 && box.y + box.height <= desktop.height;
    };
    await expect(inView('.rated-summary')).resolves.toBe(true);
    await expect(inView('#ranking-heading')).resolves.toBe(true);
    await expect(inView('table.ranking tbody tr:has(#' + (await page.evaluate(() => document.activeElement!.id)) + ')')).resolves.toBe(true);
    await expect(rankedRows(page).then((rows) => rows.length)).resolves.toBe(11);
    await close(page);
  });

  it.each(['light', 'dark'] as const)('has zero axe violations on a phone with cards, comparison and the rating grid (%s theme)', async (scheme) => {
    const { page } = await seeded({ width: 390, height: 844 }, checklistSeed({ partial: true }), scheme);
    await page.locator('table.heatmap').waitFor();
    await page.getByRole('button', { name: 'Continue Quartz Legal' }).click();
    await page.locator('form.rating-form').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await close(page);
  });
});
