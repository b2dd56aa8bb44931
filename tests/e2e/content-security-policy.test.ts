/**
 * The Content-Security-Policy in a real Chromium: every kind of page loads and works under it with
 * no violation, while a script planted into a page (a test-only copy of a built article) is
 * blocked and reported. Search (Pagefind's WebAssembly), a worksheet save, offline reading and the
 * update prompt all run with the policy enforced.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro-build';
import { startSession, type SiteSession } from '../helpers/browser';
import { changedContent, offlineJourney, seeUpdatePrompt } from '../helpers/offline';
import { watchedSession, watchPolicy, type Violation } from '../helpers/policy-watch';

const dist = process.env['ATLAS_TEST_DIST'] ?? 'dist';
let plain: SiteSession;
let session: SiteSession;
let violations: Violation[];
beforeAll(async () => {
  plain = await startSession();
  ({ session, violations } = watchedSession(plain));
});
afterAll(() => plain?.close());

/** One page of each kind, with what shows it has rendered and run its scripts. */
const kinds: [string, string][] = [
  ['', '.atlas-home, main h1'],
  ['chapters/customers/', '[data-chapter-map]'],
  ['chapters/customers/print/', '.booklet-section'],
  ['sections/customer-concepts/', '.section-page'],
  ['sections/customer-concepts/print/', '.booklet'],
  ['articles/what-is-a-customer-six-types/', '.article-page'],
  ['glossary/', 'main h1'],
  ['glossary/bag-of-wind/', 'main h1'],
  ['worksheets/', 'main h1'],
  ['worksheets/customer-type-quiz/', '.quiz[data-ready]'],
  ['worksheets/ideal-customer-checklist/', '.checklist[data-ready]'],
  ['worksheets/customer-value/', 'main h1'],
  ['search/?q=customer', '.search-page-results .result-title'],
  ['progress/', 'main h1'],
  ['team/', '.team-drop'],
  ['offline/', 'main h1'],
  ['no-such-page/', 'main h1'],
];

/** Lets idle-time scripts (the service worker registration, islands) run. */
const settle = (page: import('playwright-core').Page) =>
  page.evaluate(() => new Promise((done) => (window.requestIdleCallback ?? setTimeout)(() => setTimeout(done, 300))));

describe('every kind of page under the policy', () => {
  it.each(kinds)('/%s loads, runs its scripts and reports no violation', async (path, ready) => {
    const before = violations.length;
    const page = await session.open(path);
    await page.locator(ready).first().waitFor();
    await settle(page);
    // The header's module script ran: the print header carries the full address (print-stamp.ts).
    await expect(page.locator('.print-header').evaluate((h) => h.children[1]?.textContent ?? '')).resolves.toContain('http://127.0.0.1');
    // The theme toggle, and its inline script on the next load, still work.
    await page.locator('[data-theme-toggle]').click();
    await page.reload();
    await page.locator(ready).first().waitFor();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'] ?? 'system')).resolves.not.toBe('system');
    await settle(page);
    expect(violations.slice(before)).toEqual([]);
    await page.context().close();
  });
});

describe('a script planted into a page', () => {
  it('is blocked and reported, inline or as a handler attribute, while the page itself still works', async () => {
    const context = await plain.newContext();
    const seen = await watchPolicy(context);
    const article = readFileSync(join(dist, 'articles/what-is-a-customer-six-types/index.html'), 'utf8');
    const planted = article.replace('<main', '<script>window.planted = true</script><button id="planted-handler" onclick="window.clicked = true">x</button><main');
    expect(planted).not.toBe(article);
    await context.route(`${plain.site.root}test-only/planted/`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: planted }));
    const page = await context.newPage();
    await page.goto(`${plain.site.root}test-only/planted/`);
    await page.locator('#planted-handler').dispatchEvent('click');
    await settle(page);
    await expect(page.evaluate(() => [(window as { planted?: boolean }).planted, (window as { clicked?: boolean }).clicked])).resolves.toEqual([undefined, undefined]);
    expect(seen.map((v) => [v.directive, v.blocked])).toEqual([['script-src-elem', 'inline'], ['script-src-attr', 'inline']]);
    expect(seen[0]!.page).toBe('/test-only/planted/');
    // The page's own scripts ran: the print header was stamped.
    await expect(page.locator('.print-header').evaluate((h) => h.children[1]?.textContent ?? '')).resolves.toContain('/test-only/planted/');
    await context.close();
  });
});

describe('journeys under the policy', () => {
  it('searches, saves a worksheet and reads offline with no violation', async () => {
    const before = violations.length;
    // visit once, go offline, open an unseen article, search (Pagefind's WebAssembly), open a result, save a quiz contact, reload
    const tried = await offlineJourney(session);
    expect(tried.filter((path) => path !== '/sw.js')).toEqual([]);
    expect(violations.slice(before)).toEqual([]);
  });

  it('shows the update prompt and reloads into the new build with no violation', async () => {
    const build = buildSite('csp-update-next', { ATLAS_CONTENT_DIR: changedContent('csp-update-next') });
    expect(build.status, build.output).toBe(0);
    const before = violations.length;
    plain.site.swap(dist);
    const { context, page } = await seeUpdatePrompt(session, build.outDir);
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.locator('h1').filter({ hasText: 'The Power of Incumbency, Revised' }).waitFor();
    await settle(page);
    expect(violations.slice(before)).toEqual([]);
    await context.close();
    plain.site.swap(dist);
  }, 300_000);
});
