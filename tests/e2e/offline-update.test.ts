/** A second build with changed content, served at the same address: the page offers a reload and never swaps silently. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro-build';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { changedContent, seeUpdatePrompt, UNSEEN, visitedOnce } from '../helpers/offline';

let session: SiteSession;
let nextBuild: string;
beforeAll(async () => {
  const build = buildSite('update-next', { ATLAS_CONTENT_DIR: changedContent('update-next') });
  expect(build.status, build.output).toBe(0);
  nextBuild = build.outDir;
  session = await startSession();
});
afterAll(() => session?.close());

describe('a new build is deployed', () => {
  it('shows "A new version is available", keeps the old page until Reload, then shows the new one', async () => {
    session.site.swap(process.env['ATLAS_TEST_DIST'] ?? 'dist');
    const { context, page } = await seeUpdatePrompt(session, nextBuild);
    // The reader is not switched mid-task: the old build still answers after a plain reload.
    await expect(page.locator('h1').innerText()).resolves.toBe(UNSEEN.title);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
    await page.getByRole('button', { name: 'Reload' }).click();
    // The click lets the new worker take over, and the page reloads itself into the new build.
    await page.locator('h1').filter({ hasText: 'The Power of Incumbency, Revised' }).waitFor();
    await expect(page.locator('.update-prompt').count()).resolves.toBe(0);
    await context.close();
  });

  it('reloads into the new build when it took over before the click (its controllerchange came first)', async () => {
    session.site.swap(process.env['ATLAS_TEST_DIST'] ?? 'dist');
    const { context, page } = await seeUpdatePrompt(session, nextBuild);
    // Something other than the prompt activates the waiting worker (another tab's Reload, say): the
    // page's controller changes while the prompt is still open and nothing reloads it.
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      const changed = new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
      registration?.waiting?.postMessage({ type: 'SKIP_WAITING' });
      await changed;
    });
    await expect(page.locator('h1').innerText()).resolves.toBe(UNSEEN.title);
    await page.getByRole('button', { name: 'Reload' }).click();
    await page.locator('h1').filter({ hasText: 'The Power of Incumbency, Revised' }).waitFor();
    await expect(page.locator('.update-prompt').count()).resolves.toBe(0);
    await context.close();
  });

  it('lets the reader put the prompt off with "Later"', async () => {
    session.site.swap(process.env['ATLAS_TEST_DIST'] ?? 'dist');
    const { context, page } = await seeUpdatePrompt(session, nextBuild);
    await page.getByRole('button', { name: 'Later' }).click();
    await expect(page.locator('.update-prompt').count()).resolves.toBe(0);
    await expect(page.locator('h1').innerText()).resolves.toBe(UNSEEN.title);
    await context.close();
  });

  it('shows the prompt on a page that registers while the new worker is still installing', async () => {
    session.site.swap(process.env['ATLAS_TEST_DIST'] ?? 'dist');
    const { context, page: first } = await visitedOnce(session);
    // The next build is deployed, and one file of its precache answers slowly: the new worker stays "installing".
    session.site.swap(nextBuild);
    const slow = session.site.hold('/pagefind/pagefind-entry.json');
    await first.evaluate(() => void navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await slow.reached;
    await first.close();
    // A page opened now registers (after load and idle) while that worker installs: its "updatefound" has passed.
    // The init script notes, at the moment the page calls register(), whether a worker was installing then.
    await context.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        void this.getRegistration().then((r) => Object.assign(window, { installingAtRegister: r?.installing?.state ?? 'none' }));
        return register.apply(this, args);
      };
    });
    const page = await context.newPage();
    await page.goto(session.site.root);
    await page.waitForFunction(() => 'installingAtRegister' in window, undefined, { timeout: 30_000 });
    await expect(page.evaluate(() => (window as unknown as { installingAtRegister: string }).installingAtRegister)).resolves.toBe('installing');
    await expect(page.locator('.update-prompt').count()).resolves.toBe(0);
    slow.release();
    await page.locator('.update-prompt [role="status"]').filter({ hasText: 'A new version is available.' }).waitFor({ timeout: 45_000 });
    await context.close();
  });
});
