/**
 * Print in a real Chromium (print media, with the dark scheme asked for): dark text on light paper,
 * no site chrome, the site name, address and date on top, and booklets with a numbered contents
 * list, each article on a new page, article titles above the articles' own headings, unique ids.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { readContentIndex } from '../helpers/content';

let session: SiteSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());

const content = readContentIndex();
const chapter = content.chapters[0]!;

/** Opens a page in a dark profile (system dark, and the dark theme chosen) and switches to print. */
async function printed(path: string): Promise<Page> {
  const context = await session.newContext({ colorScheme: 'dark' });
  await context.addInitScript(() => localStorage.setItem('atlas-theme', 'dark'));
  const page = await session.open(path, { context });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  return page;
}

/** WCAG contrast of an element's text against the background it sits on (paper when none is set), from computed colours in any CSS colour syntax. */
function contrastOf(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((el) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const rgba = (color: string) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data] as [number, number, number, number];
    };
    let bg: number[] = [255, 255, 255, 255];
    for (let node: Element | null = el; node; node = node.parentElement) {
      const c = rgba(getComputedStyle(node).backgroundColor);
      if (c[3] > 0) { bg = c; break; }
    }
    const lum = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; })
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const text = lum(rgba(getComputedStyle(el).color));
    const paper = lum(bg);
    return { text, paper, ratio: (Math.max(text, paper) + 0.05) / (Math.min(text, paper) + 0.05) };
  });
}

describe('printing a page with the dark theme on', () => {
  it.each([
    ['an article', `articles/${content.articles[0]!.id}/`, '.prose p'],
    ['the atlas', '', 'main h1'],
    ['a section booklet', `sections/${content.sections[0]!.id}/print/`, '.booklet-prose p'],
    ['the chapter booklet', `chapters/${chapter}/print/`, '.booklet-divider p:not([class])'],
    ['the glossary', 'glossary/', 'main h1'],
  ])('%s prints dark text on light paper', async (_name, path, textSelector) => {
    const page = await printed(path);
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    for (const selector of ['body', textSelector, 'h1']) {
      const { text, paper, ratio } = await contrastOf(page, selector);
      expect(paper, `${selector}: paper is light`).toBeGreaterThan(0.85);
      expect(text, `${selector}: text is dark`).toBeLessThan(0.1);
      expect(ratio, `${selector}: contrast`).toBeGreaterThanOrEqual(7);
    }
    const lead = await contrastOf(page, '.lead');
    expect(lead.ratio, 'muted text still readable on paper').toBeGreaterThanOrEqual(4.5);
  });

  it('hides the site chrome and shows the site name, the page address and the date instead', async () => {
    const path = `articles/${content.articles[0]!.id}/`;
    const page = await printed(path);
    for (const selector of ['.site-header', '.site-footer', '.skip-link', '.breadcrumbs', '.article-tools', '.toc', '.pager']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    const header = page.locator('.print-header');
    await expect(header.isVisible()).resolves.toBe(true);
    await expect(header.locator('.print-site').innerText()).resolves.toBe('Customer Atlas');
    await expect(header.locator('.print-address').innerText()).resolves.toBe(`${session.site.root}${path}`);
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
    expect(today).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expect(header.locator('.print-date').innerText()).resolves.toBe(`Printed ${today}`);
    await page.emulateMedia({ media: 'screen' });
    await expect(header.isVisible(), 'not on screen').resolves.toBe(false);
  });

  it('without script still prints the page address (under the site base) and the build date', async () => {
    const path = `sections/${content.sections[0]!.id}/print/`;
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.site.root}${path}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-address').innerText()).resolves.toBe(new URL(page.url()).pathname);
    await expect(page.locator('.print-date').innerText()).resolves.toMatch(/^Built \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expect(page.locator('.print-date time').getAttribute('datetime')).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await context.close();
  });
});

/** Every id on the page once, every in-page link pointing at one of them. */
async function idsAndLinks(page: Page) {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const duplicates = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
    const broken = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
      .map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))
      .filter((id) => id && !document.getElementById(id));
    return { duplicates, broken };
  });
}

describe('booklets', () => {
  const section = content.sections[0]!;
  const sectionArticles = content.articles.filter((a) => a.section === section.id);

  it('a section booklet has a title page, a numbered contents list and each article on a new page', async () => {
    const page = await printed(`sections/${section.id}/print/`);
    await expect(page.locator('h1').innerText()).resolves.toBe(section.title);
    await expect(page.locator('.booklet-cover').evaluate((e) => getComputedStyle(e).breakAfter)).resolves.toBe('page');
    const contents = page.locator('.booklet-contents');
    await expect(contents.isVisible()).resolves.toBe(true);
    const entries = await contents.locator('li a').evaluateAll((as) => as.map((a) => [a.querySelector('.num')?.textContent, a.getAttribute('href')]));
    expect(entries).toEqual(sectionArticles.map((a) => [a.number, `#article-${a.id}`]));
    const articles = page.locator('.booklet-article');
    await expect(articles.count()).resolves.toBe(sectionArticles.length);
    expect(await articles.evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore))).toEqual(sectionArticles.map(() => 'page'));
    await expect(idsAndLinks(page)).resolves.toEqual({ duplicates: [], broken: [] });
  });

  it('a section booklet puts each article title above the article\'s own headings', async () => {
    const page = await printed(`sections/${section.id}/print/`);
    const report = await page.locator('.booklet-article').evaluateAll((articles) =>
      articles.map((article) => {
        const title = article.querySelector('.booklet-article-title')!;
        const own = [...article.querySelectorAll('.booklet-prose :is(h1, h2, h3, h4, h5, h6)')];
        const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
        return {
          title: title.tagName,
          ownLevels: [...new Set(own.map((h) => h.tagName))].sort(),
          smaller: own.every((h) => size(h) < size(title)),
          count: own.length,
        };
      }),
    );
    for (const article of report) {
      expect(article.title).toBe('H2');
      expect(article.count).toBeGreaterThan(0);
      expect(article.ownLevels.every((l) => l > 'H2')).toBe(true);
      expect(article.smaller).toBe(true);
    }
  });

  it('the chapter booklet lists every section and article number and starts each on a new page', async () => {
    const page = await printed(`chapters/${chapter}/print/`);
    const numbers = await page.locator('.booklet-contents .num').allInnerTexts();
    const sections = content.sections.filter((s) => content.articles.some((a) => a.section === s.id));
    expect(numbers).toEqual(sections.flatMap((s) => [s.number, ...content.articles.filter((a) => a.section === s.id).map((a) => a.number)]));
    expect(numbers.length).toBe(sections.length + content.articles.length);
    const breaks = await page.locator('.booklet-section, .booklet-article').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
    expect(breaks.length).toBe(sections.length + content.articles.length);
    expect(new Set(breaks)).toEqual(new Set(['page']));
    await expect(idsAndLinks(page)).resolves.toEqual({ duplicates: [], broken: [] });
  });

  it('the chapter booklet links a Markdown download of the whole chapter, breadcrumbs complete on screen', async () => {
    const page = await session.open(`chapters/${chapter}/print/`);
    const trail = await page.locator('.breadcrumbs li').allInnerTexts();
    expect(trail[0]).toBe('Atlas');
    expect(trail.at(-1)).toBe('Booklet');
    expect(trail.length).toBe(4);
    const link = page.locator(`a[href$="downloads/chapters/${chapter}.md"]`);
    await expect(link.isVisible()).resolves.toBe(true);
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(response.status()).toBe(200);
    const markdown = await response.text();
    for (const article of content.articles) expect(markdown).toContain(`### ${article.number} ${article.title}`);
    for (const s of content.sections) expect(markdown).toContain(`## ${s.number} ${s.title}`);
    expect(markdown).not.toMatch(/<Term\b/);
  });

  it.each([
    ['chapter', 'light'], ['chapter', 'dark'], ['section', 'light'], ['section', 'dark'],
  ] as const)('the %s booklet has no axe violations in the %s theme', async (kind, colorScheme) => {
    const path = kind === 'chapter' ? `chapters/${chapter}/print/` : `sections/${section.id}/print/`;
    const page = await session.open(path, { colorScheme });
    await expect(axeViolations(page)).resolves.toEqual([]);
  });
});
