/**
 * Cumulative layout shift (CLS) of a page as a first-time reader meets it: a fresh browser profile,
 * the page loaded, fonts ready, the network and the main thread idle, then a little scrolling.
 * Counts every `layout-shift` entry (buffered, so shifts before the observer count too) that did
 * not follow recent input, and names the elements that moved, so a failure says what to fix.
 */
import type { Browser, Page } from 'playwright-core';

/** The most a page may shift (issues 10 and 11): well under Google's "good" 0.1. */
export const CLS_LIMIT = 0.02;

/** The two widths every page is measured at: a phone and a laptop. */
export const CLS_VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
] as const;

/** One layout-shift entry: its score, when it happened, and the elements that moved. */
export interface Shift { value: number; at: number; sources: string[] }
/** What a measurement found: the sum of the shifts and each of them. */
export interface LayoutShiftResult { cls: number; shifts: Shift[] }

/** Options for one measurement. */
export interface LayoutShiftOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Something to do on the page once it has settled, before the shifts are read (a test's own step). */
  act?: (page: Page) => Promise<void>;
  /** Only these origins may be fetched (default: the page's own); other requests are aborted. */
  allowOrigin?: string;
}

// Runs in the page before any of its scripts.
const OBSERVE = () => {
  const w = window as unknown as { __shifts: { value: number; at: number; sources: string[] }[] };
  w.__shifts = [];
  const describe = (node: Node | null | undefined): string => {
    if (!node || !(node instanceof Element)) return node ? node.nodeName.toLowerCase() : '(removed)';
    const cls = [...node.classList].slice(0, 2).map((c) => `.${c}`).join('');
    return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${cls}`;
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
      if (entry.hadRecentInput) continue;
      w.__shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources: (entry.sources ?? []).map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** Waits until the main thread has an idle moment (or 2 s pass). */
const idle = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 200))));

/**
 * Waits until the page's layout has settled: no layout shift and no change to the document for
 * `quietMs` in a row (counted in frames, so a busy page waits longer), rather than a fixed pause.
 * Fails, saying so, when the page never settles within `timeoutMs`.
 */
export async function waitForSettledLayout(page: Page, quietMs = 300, timeoutMs = 8000): Promise<void> {
  await page.evaluate(
    ([quiet, timeout]) =>
      new Promise<void>((resolve, reject) => {
        let last = performance.now();
        const touch = () => (last = performance.now());
        const mutations = new MutationObserver(touch);
        mutations.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        const shifts = new PerformanceObserver(touch);
        shifts.observe({ type: 'layout-shift' });
        const started = performance.now();
        const done = (error?: Error) => {
          mutations.disconnect();
          shifts.disconnect();
          if (error) reject(error);
          else resolve();
        };
        const frame = (now: number) => {
          if (now - last >= quiet) return done();
          if (now - started > timeout) return done(new Error(`the layout did not settle within ${timeout} ms`));
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    [quietMs, timeoutMs] as const,
  );
}

/** Measures the cumulative layout shift of `url` in a fresh context (a fresh profile) of `browser`. */
export async function measureLayoutShift(browser: Browser, url: string, options: LayoutShiftOptions = {}): Promise<LayoutShiftResult> {
  const origin = options.allowOrigin ?? new URL(url).origin;
  const context = await browser.newContext({ viewport: options.viewport ?? CLS_VIEWPORTS[1], colorScheme: options.colorScheme ?? 'light' });
  try {
    await context.route('**/*', (route) => (route.request().url().startsWith(origin) || route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForLoadState('networkidle');
    await idle(page);
    // A reader scrolls: down a screen and a half in two wheel turns, then back to the top.
    const { height } = page.viewportSize() ?? { height: 900 };
    for (const dy of [height * 0.75, height * 0.75, -height * 1.5]) {
      await page.mouse.wheel(0, dy);
      await waitForSettledLayout(page, 150);
    }
    if (options.act) await options.act(page);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await idle(page);
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
    return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
  } finally {
    await context.close();
  }
}

/** A one-line account of a measurement, for test messages: the total and the biggest shifts with what moved. */
export function describeShifts({ cls, shifts }: LayoutShiftResult): string {
  const top = [...shifts].sort((a, b) => b.value - a.value).slice(0, 3);
  return `CLS ${cls.toFixed(4)}${top.map((s) => `; ${s.value.toFixed(4)} at ${s.at} ms (${s.sources.join(', ') || 'unknown'})`).join('')}`;
}
