/**
 * No layout shift: each page kind, first visit in a fresh profile, at 390 and 1366 px, shifts less
 * than CLS_LIMIT (0.02) while it loads, swaps in its font, hydrates and is scrolled a little.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium';
import { serveStatic, type StaticSite } from '../helpers/static-server';
import { CLS_LIMIT, CLS_VIEWPORTS, describeShifts, measureLayoutShift, waitForSettledLayout } from '../helpers/layout-shift';
import type { Browser } from 'playwright-core';
import { encodeRoute } from '../../src/lib/routes/route-link';

let browser: Browser;
let site: StaticSite;
beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), serveStatic(process.env['ATLAS_TEST_DIST'] ?? 'dist', '/')]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const PAGES: [string, string][] = [
  ['home', ''],
  ['chapter', 'chapters/customers/'],
  ['section', 'sections/customer-concepts/'],
  ['article', 'articles/what-is-a-customer-six-types/'],
  ['glossary', 'glossary/'],
  ["what's new", 'whats-new/'],
  ['your feedback', 'feedback/'],
  ['chapter booklet', 'chapters/customers/print/'],
  ['search', 'search/?q=customer'],
  ['customer type quiz', 'worksheets/customer-type-quiz/'],
  ['ideal customer checklist', 'worksheets/ideal-customer-checklist/'],
  ['your routes', 'routes/'],
  ['team roll-up', 'team/'],
  ['route', `routes/?r=${encodeRoute({ name: 'First week', note: 'Read one stop a day.', stops: ['5.03.02.01', '5.03.02.04', '5.03.01.04', '5.03.03.01', '5.03.04.03'] })}`],
];
const CASES = PAGES.flatMap(([name, path]) => CLS_VIEWPORTS.map((viewport) => [name, viewport.width, path, viewport] as const));

describe('cumulative layout shift', () => {
  it.each(CASES)('%s page at %i px stays under the limit', async (_name, _width, path, viewport) => {
    const result = await measureLayoutShift(browser, `${site.root}${path}`, { viewport });
    expect(result.cls, describeShifts(result)).toBeLessThan(CLS_LIMIT);
  });

  it.each(CLS_VIEWPORTS.map((v) => [v.width, v] as const))('an article read before: its rail ticks and "updated since you read it" appear on scrolling without a shift at %i px', async (_width, viewport) => {
    const result = await measureLayoutShift(browser, `${site.root}articles/unqualify-fast/`, {
      viewport,
      act: async (page) => {
        await page.evaluate(() => {
          const articles = { 'unqualify-fast': { readAt: Date.parse('2026-06-01'), how: 'end' }, 'firing-a-customer': { readAt: Date.parse('2026-06-01'), how: 'end' }, 'characterizing-customers': { readAt: Date.now(), how: 'marked' } };
          localStorage.setItem('customer-atlas:reading-progress:v1', JSON.stringify({ app: 'customer-atlas', kind: 'reading-progress', version: 1, articles }));
        });
        await page.reload();
        await page.mouse.wheel(0, 300);
        await page.locator('.since-read.is-shown').waitFor();
        await waitForSettledLayout(page);
      },
    });
    expect(result.cls, describeShifts(result)).toBeLessThan(CLS_LIMIT);
  });

  it('notices a shift: a block pushed in above the content counts', async () => {
    const result = await measureLayoutShift(browser, `${site.root}articles/what-is-a-customer-six-types/`, {
      viewport: CLS_VIEWPORTS[1],
      act: async (page) => {
        await page.evaluate(() => {
          const block = document.createElement('div');
          block.style.height = '200px';
          document.querySelector('main')?.prepend(block);
        });
        await page.waitForFunction(() => (window as unknown as { __shifts: unknown[] }).__shifts.length > 0);
      },
    });
    expect(result.cls).toBeGreaterThan(CLS_LIMIT);
    expect(result.shifts.flatMap((s) => s.sources).length).toBeGreaterThan(0);
  });
});
