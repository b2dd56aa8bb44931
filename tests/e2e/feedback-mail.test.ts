/**
 * "Is this page useful? No" with a feedback address configured (ATLAS_FEEDBACK_EMAIL): the note
 * becomes a prefilled mailto: link to the article's owner that the reader opens; nothing is kept
 * or sent by itself. Built from the small fixture content, whose articles belong to Sales Enablement.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro-build';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';

let session: SiteSession;
beforeAll(async () => {
  const build = buildSite('feedback-mail', {
    ATLAS_CONTENT_DIR: resolve('tests/fixtures/content/base'),
    ATLAS_FEEDBACK_EMAIL: 'Sales Enablement=enablement@example.com; *=atlas@example.com',
  });
  if (build.status !== 0) throw new Error(build.output);
  session = await startSession(build.outDir);
});
afterAll(() => session?.close());

describe('feedback by email', () => {
  it("builds the owner's mailto: from the note as it is typed, and keeps nothing", async () => {
    const page = await session.open('articles/second/');
    const mail = page.getByRole('link', { name: 'Email Sales Enablement' });
    await expect(mail.isVisible()).resolves.toBe(false);
    await page.click('[data-feedback-answer="no"]');
    await mail.waitFor();
    await page.getByLabel('What was missing, wrong or unclear?').fill('Needs an example & a "next step".\nThanks');
    const href = (await mail.getAttribute('href'))!;
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('enablement@example.com');
    const query = new Map(url.search.slice(1).split('&').map((p) => p.split('=') as [string, string]));
    expect(decodeURIComponent(query.get('subject')!)).toBe('Feedback on 5.03.01.02 Fixture article 2');
    expect(decodeURIComponent(query.get('body')!)).toBe('Needs an example & a "next step".\r\nThanks\r\n\r\nAbout: 5.03.01.02 Fixture article 2\r\n/articles/second/');
    await expect(page.locator('[data-feedback-keep]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => localStorage.getItem('customer-atlas:feedback:v1'))).resolves.toBeNull();
    await expect(axeViolations(page)).resolves.toEqual([]);
    expect(session.offsite).toEqual([]);
    await page.context().close();
  });
});
