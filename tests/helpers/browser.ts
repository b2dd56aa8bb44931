/** Browser-test helpers: a site served from a build folder, pages that record off-site requests, and axe checks. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { serveStatic, type StaticSite } from './static-server';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** A browser and a served build, for one test file. */
export interface SiteSession {
  browser: Browser;
  site: StaticSite;
  /** Requests that tried to leave 127.0.0.1 (blocked), across every page of the session. */
  offsite: string[];
  /** Opens a page in a fresh context (a fresh browser profile) at a path under the site's base. */
  open: (path?: string, options?: { colorScheme?: 'light' | 'dark'; context?: BrowserContext }) => Promise<Page>;
  newContext: (options?: { colorScheme?: 'light' | 'dark' }) => Promise<BrowserContext>;
  close: () => Promise<void>;
}

/** Serves `dir` (default $ATLAS_TEST_DIST or dist) at `base` and launches Chromium; every request off 127.0.0.1 is blocked and recorded. */
export async function startSession(dir = process.env['ATLAS_TEST_DIST'] ?? 'dist', base = '/'): Promise<SiteSession> {
  const [browser, site] = await Promise.all([launchChromium(), serveStatic(dir, base)]);
  const offsite: string[] = [];
  const newContext = async (options: { colorScheme?: 'light' | 'dark' } = {}) => {
    const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light', acceptDownloads: true });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(site.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      offsite.push(url);
      return route.abort();
    });
    return context;
  };
  const open: SiteSession['open'] = async (path = '', options = {}) => {
    const context = options.context ?? (await newContext(options));
    const page = await context.newPage();
    await page.goto(`${site.root}${path.replace(/^\//, '')}`);
    return page;
  };
  return {
    browser,
    site,
    offsite,
    open,
    newContext,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

/** Runs axe-core with the WCAG 2.x A and AA rules (2.2 included) and returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not as a <script> tag, so the page's Content-Security-Policy (which refuses inline scripts) does not block the checker.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  return violations;
}
