/** The offline journey, reading progress and the update prompt for a build served under /atlas/. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro-build';
import { startSession, type SiteSession } from '../helpers/browser';
import { readContentIndex } from '../helpers/content';
import { changedContent, offlineJourney, readToEnd, seeUpdatePrompt, UNSEEN } from '../helpers/offline';

const BASE = '/atlas/';
let session: SiteSession;
let firstBuild: string;
let nextBuild: string;
beforeAll(async () => {
  const first = buildSite('offline-sub-path', { ATLAS_BASE: BASE });
  expect(first.status, first.output).toBe(0);
  const next = buildSite('offline-sub-path-next', { ATLAS_BASE: BASE, ATLAS_CONTENT_DIR: changedContent('offline-sub-path-next') });
  expect(next.status, next.output).toBe(0);
  nextBuild = next.outDir;
  firstBuild = first.outDir;
  session = await startSession(first.outDir, BASE);
});
afterAll(() => session?.close());

describe(`offline under ${BASE}`, () => {
  it('registers the worker with the sub-path as its scope', async () => {
    const page = await session.open();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${session.site.origin}${BASE}`);
  });

  it('opens an unseen article, searches, opens a result, fills in the quiz and reloads without the network', async () => {
    const tried = await offlineJourney(session);
    expect(tried.filter((path) => path !== `${BASE}sw.js`)).toEqual([]);
  });

  it('marks an article read at its end, on the atlas and in its section count', async () => {
    const content = readContentIndex();
    const article = content.articles.find((a) => a.id === 'firing-a-customer')!;
    const total = content.articles.filter((a) => a.section === article.section).length;
    const context = await session.newContext();
    const page = await session.open(`articles/${article.id}/`, { context });
    await readToEnd(page);
    // The atlas: the chapter's map, where each article is a stop on its section's line.
    await page.goto(`${session.site.root}chapters/customers/`);
    await page.locator(`.transit-map a.stop[data-article-id="${article.id}"].is-read`).waitFor();
    await expect(page.locator(`[data-section-id="${article.section}"] [data-section-progress]`).first().innerText()).resolves.toBe(`1 of ${total} read`);
    await context.close();
  });

  it('offers the new build with a prompt, and shows it after Reload', async () => {
    session.site.swap(firstBuild);
    const { context, page } = await seeUpdatePrompt(session, nextBuild);
    await expect(page.locator('h1').innerText()).resolves.toBe(UNSEEN.title);
    await page.getByRole('button', { name: 'Reload' }).click();
    // The click lets the new worker take over, and the page reloads itself into the new build.
    await page.locator('h1').filter({ hasText: 'The Power of Incumbency, Revised' }).waitFor();
    expect(page.url()).toBe(`${session.site.root}${UNSEEN.path}`);
    await context.close();
  });
});
