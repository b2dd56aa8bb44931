/** Browser-test measurements shared by the worksheet tests: layout shift while a page loads, and words broken across lines. */
import type { BrowserContext, Page } from 'playwright-core';
import { waitForSettledLayout } from './layout-shift';

/** Opens `url` with saved data in localStorage (or none) and returns the layout shift of its load, input excluded. */
export async function loadShift(context: BrowserContext, url: string, key: string, saved: unknown | null): Promise<{ page: Page; cls: number }> {
  const page = await context.newPage();
  await page.goto(url);
  if (saved !== null) await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, JSON.stringify(saved)]);
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.reload({ waitUntil: 'networkidle' });
  // The saved-work views hydrate once the browser is idle: wait until nothing changes any more.
  await waitForSettledLayout(page, 500);
  return { page, cls: await page.evaluate(() => (window as unknown as { __cls: number }).__cls) };
}

/** Words inside `selector` that the layout split across two lines (each word's text range should have one box). */
export function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const broken: string[] = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest('.visually-hidden') || !el.getClientRects().length) continue;
        for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}
