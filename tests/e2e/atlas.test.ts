/** The atlas in a real Chromium: the map, keyboard use, accessibility in both themes, privacy. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { readContentIndex } from '../helpers/content';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const content = readContentIndex();

describe('home page', () => {
  it('lists every chapter and its sections, and links each chapter to its map', async () => {
    const page = await session.open();
    const text = await page.locator('main').innerText();
    for (const section of content.sections) expect(text).toContain(section.title);
    for (const id of content.chapters) {
      await expect(page.locator(`main a[href$="chapters/${id}/"]`).count()).resolves.toBeGreaterThan(0);
    }
    // Articles live on the chapter map now, not on home (which has to stay small at 2000 articles); the
    // only article link home may show is the reading-progress "continue" slot, filled in by script.
    await expect(page.locator('main a[href*="/articles/"]:not([data-continue-slot] a)').count()).resolves.toBe(0);
    const html = await (await fetch(page.url())).text();
    expect(html.match(/href="[^"]*\/articles\//g) ?? []).toEqual([]);
    await expect(page.locator('main a[href$="worksheets/customer-type-quiz/"]').count()).resolves.toBeGreaterThan(0);
  });
});

describe('chapter page', () => {
  it('shows every section and every article number, without repeating its title', async () => {
    const page = await session.open(`chapters/${content.chapters[0]!}/`);
    const text = await page.locator('main').innerText();
    for (const section of content.sections) expect(text).toContain(section.title);
    for (const article of content.articles) expect(text).toContain(article.number);
    expect(content.articles.length).toBeGreaterThanOrEqual(2);
    const titles = await page.locator('main h1, main h2').allInnerTexts();
    expect(titles[0]).toBe(await page.locator('main h1').innerText());
    expect(titles.filter((t) => t === titles[0])).toHaveLength(1);
    // Section introductions appear as their one-line summary; the full text is on the section page.
    for (const section of content.sections) expect(text).not.toContain(section.introduction.slice(0, 60));
  });

  it('lets a keyboard-only user reach an article with Tab and Enter', async () => {
    const page = await session.open(`chapters/${content.chapters[0]!}/`);
    const first = content.articles[0]!;
    let focused: string | null = null;
    for (let i = 0; i < 60 && focused !== first.id; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-article-id') ?? null);
    }
    expect(focused).toBe(first.id);
    await Promise.all([page.waitForURL(`**/articles/${first.id}/`), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').innerText()).resolves.toBe(first.title);
  });
});

describe('article page', () => {
  it('has trail, number, contents, key points, related and previous/next, and no framework script', async () => {
    const article = content.articles.find((a) => a.id === 'what-is-a-customer-six-types') ?? content.articles[0]!;
    const scripts: string[] = [];
    const context = await session.newContext();
    context.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const page = await session.open(`articles/${article.id}/`, { context });
    await page.waitForLoadState('networkidle');
    await expect(page.locator('.breadcrumbs').innerText()).resolves.toContain('Atlas');
    await expect(page.locator('main').innerText()).resolves.toContain(article.number);
    await expect(page.locator('.toc a').count()).resolves.toBeGreaterThan(2);
    await expect(page.locator('.heading-wrap:has(> h2#key-points) + ul li').count()).resolves.toBeGreaterThanOrEqual(3);
    const headingIds = await page.locator('.prose h2, .prose h3').evaluateAll((hs) => hs.map((h) => h.id));
    expect(headingIds.length).toBeGreaterThan(2);
    expect(headingIds.every((id) => id.length > 0)).toBe(true);
    await expect(page.locator('.pager a').count()).resolves.toBeGreaterThan(0);
    expect(scripts.filter((s) => /preact|client|island|renderers/i.test(s))).toEqual([]);
    expect(await page.locator('astro-island').count()).toBe(0);
  });

  it('prints without navigation chrome', async () => {
    const page = await session.open(`articles/${content.articles[0]!.id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.toc', '.pager', '.breadcrumbs']) {
      await expect(page.locator(selector).first().isVisible()).resolves.toBe(false);
    }
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
  });
});

describe('glossary terms in articles', () => {
  it('show their short definition on keyboard focus, hide it on Escape, and link to the entry', async () => {
    const page = await session.open('articles/what-is-a-customer-six-types/');
    const term = page.locator('.term').first();
    const tip = term.locator('[role="tooltip"]');
    await expect(tip.isVisible()).resolves.toBe(false);
    await term.locator('a').focus();
    await expect(tip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(tip.isVisible()).resolves.toBe(false);
    await expect(term.locator('a').getAttribute('href')).resolves.toMatch(/\/glossary\/[a-z0-9-]+\/$/);
  });
});

describe('themes', () => {
  it('follows the system and remembers the chosen theme across pages', async () => {
    const context = await session.newContext({ colorScheme: 'dark' });
    const page = await session.open('', { context });
    const toggle = page.locator('[data-theme-toggle]');
    await expect(toggle.innerText()).resolves.toContain('System');
    await toggle.click();
    await expect(toggle.innerText()).resolves.toContain('Light');
    await page.goto(`${session.site.root}glossary/`);
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('light');
    await expect(page.locator('[data-theme-toggle]').innerText()).resolves.toContain('Light');
  });
});

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  const pages = () => [
    ['home', ''],
    ['a section', `sections/${content.sections[0]!.id}/`],
    ['an article', `articles/${content.articles.find((a) => a.id === 'what-is-a-customer-six-types')?.id ?? content.articles[0]!.id}/`],
    ['the glossary', 'glossary/'],
    ['a glossary entry', `glossary/${content.glossary[0]!}/`],
    ['a chapter', `chapters/${content.chapters[0]!}/`],
    ['the worksheets', 'worksheets/'],
    ['the team roll-up', 'team/'],
    ['404', 'no-such-page/'],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    it(`reports zero violations on every kind of page in the ${scheme} theme`, async () => {
      const context = await session.newContext({ colorScheme: scheme });
      for (const [name, path] of pages()) {
        const page = await session.open(path, { context });
        const violations = await axeViolations(page);
        expect(violations, `${name} (${scheme})`).toEqual([]);
        await page.close();
      }
    });
  }
});

describe('privacy', () => {
  it('sends no request off 127.0.0.1 and sets no cookie', async () => {
    const context = await session.newContext();
    for (const path of ['', `articles/${content.articles[0]!.id}/`, 'glossary/']) {
      const page = await session.open(path, { context });
      await page.waitForLoadState('networkidle');
    }
    expect(session.offsite).toEqual([]);
    await expect(context.cookies()).resolves.toEqual([]);
  });
});

describe('layout', () => {
  it('has no horizontal scrolling at 320 px wide', async () => {
    const context = await session.browser.newContext({ viewport: { width: 320, height: 640 } });
    for (const path of ['', `articles/${content.articles[0]!.id}/`, 'glossary/']) {
      const page = await context.newPage();
      await page.goto(`${session.site.root}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path || 'home').toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
