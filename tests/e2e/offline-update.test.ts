/** A second build with changed content, served at the same address: the page offers a reload and never swaps silently. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro-build';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { changedContent, seeUpdatePrompt, UNSEEN } from '../helpers/offline';

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
  // Known race (see offline-sub-path.test.ts): one retry.
  it('shows "A new version is available", keeps the old page until Reload, then shows the new one', { retry: 1 }, async () => {
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

  it('lets the reader put the prompt off with "Later"', async () => {
    session.site.swap(process.env['ATLAS_TEST_DIST'] ?? 'dist');
    const { context, page } = await seeUpdatePrompt(session, nextBuild);
    await page.getByRole('button', { name: 'Later' }).click();
    await expect(page.locator('.update-prompt').count()).resolves.toBe(0);
    await expect(page.locator('h1').innerText()).resolves.toBe(UNSEEN.title);
    await context.close();
  });
});
