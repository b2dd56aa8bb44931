/** The designed pages in a real Chromium: the chapter map on one screen, section colours, wayfinding, "On this page", words kept whole, axe on a phone. */
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
const article = content.articles.find((a) => a.id === 'what-is-a-customer-six-types') ?? content.articles[0]!;

/** Opens a path in a fresh context with the given viewport. */
async function openAt(path: string, width: number, height: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await session.browser.newContext({ viewport: { width, height }, colorScheme });
  const page = await context.newPage();
  await page.goto(`${session.site.root}${path}`);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

describe('chapter map', () => {
  it('shows every section and every article link of the chapter within one 1366x900 screen', async () => {
    const page = await openAt(`chapters/${chapter}/`, 1366, 900);
    const stops = page.locator('main a[data-article-id]');
    await expect(stops.count()).resolves.toBe(content.articles.length);
    expect(content.articles.length).toBe(30);
    const boxes = await stops.evaluateAll((links) => links.map((l) => l.getBoundingClientRect().toJSON() as DOMRect));
    for (const [i, box] of boxes.entries()) {
      expect(box.width, content.articles[i]!.title).toBeGreaterThan(0);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(1366);
      expect(box.bottom, content.articles[i]!.title).toBeLessThanOrEqual(900);
    }
    // Every fold is open there, and its summary (only a count) is out of the tab order.
    await expect(page.locator('.line details:not([open])').count()).resolves.toBe(0);
    await expect(page.locator('.line summary:not([tabindex="-1"])').count()).resolves.toBe(0);
    for (const section of content.sections) {
      const line = page.locator(`.line[data-section-id="${section.id}"]`);
      await expect(line.locator('.line-title').innerText()).resolves.toBe(section.title);
      await expect(line.locator('.line-title').isVisible()).resolves.toBe(true);
    }
    await page.context().close();
  });

  it('names each stop by number and title, and keeps the progress hooks empty with their space reserved', async () => {
    const page = await openAt(`chapters/${chapter}/`, 1366, 900);
    for (const a of content.articles) {
      const link = page.getByRole('link', { name: `${a.number} ${a.title}`, exact: true });
      await expect(link.getAttribute('data-article-id')).resolves.toBe(a.id);
    }
    for (const section of content.sections) {
      const total = content.articles.filter((a) => a.section === section.id).length;
      const slot = page.locator(`[data-section-id="${section.id}"] .section-progress[data-section-progress="${section.id}"]`);
      await expect(slot.getAttribute('data-total')).resolves.toBe(String(total));
      await expect(slot.innerText()).resolves.toBe('');
      const before = await page.locator(`[data-section-id="${section.id}"]`).boundingBox();
      await slot.evaluate((el) => (el.textContent = '3 of 7 read'));
      const after = await page.locator(`[data-section-id="${section.id}"]`).boundingBox();
      expect(after, `${section.id} grows when its progress is filled in`).toEqual(before);
    }
    await page.context().close();
  });

  it('shows a stop summary on keyboard focus and hides it on Escape', async () => {
    const page = await openAt(`chapters/${chapter}/`, 1366, 900);
    const first = content.articles[0]!;
    const card = page.locator(`#stop-card-${first.id}`);
    await expect(card.isVisible()).resolves.toBe(false);
    await page.locator(`a[data-article-id="${first.id}"]`).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(card.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(card.isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('folds each section on a phone, showing its article count, with the first article link above the fold', async () => {
    for (const [width, height] of [[390, 844], [1366, 900]] as const) {
      const page = await openAt(`chapters/${chapter}/`, width, height);
      const firstLink = page.locator(`a[data-article-id="${content.articles[0]!.id}"]`);
      const box = await firstLink.boundingBox();
      expect(box && box.y + box.height, `first article link at ${width}`).toBeLessThanOrEqual(height);
      if (width === 390) {
        const folds = page.locator('.line details');
        await expect(folds.count()).resolves.toBe(content.sections.length);
        const summaries = await page.locator('.line summary').allInnerTexts();
        summaries.forEach((text, i) => {
          const n = content.articles.filter((a) => a.section === content.sections[i]!.id).length;
          expect(text).toContain(`${n} article`);
        });
        const last = content.articles.at(-1)!;
        await expect(page.locator(`a[data-article-id="${last.id}"]`).isVisible()).resolves.toBe(false);
        await page.locator('.line summary').last().click();
        await expect(page.locator(`a[data-article-id="${last.id}"]`).isVisible()).resolves.toBe(true);
      }
      await page.context().close();
    }
  });
});

describe('section colours', () => {
  it('are the same on the chapter map, the section page and its article pages, and differ between sections', async () => {
    const page = await openAt(`chapters/${chapter}/`, 1366, 900);
    const badge = (p: Page, selector: string) => p.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const onMap = new Map<string, string>();
    for (const section of content.sections) onMap.set(section.id, await badge(page, `.line[data-section-id="${section.id}"] .line-badge`));
    expect(new Set(onMap.values()).size).toBe(content.sections.length);
    for (const section of content.sections) {
      await page.goto(`${session.site.root}sections/${section.id}/`);
      await expect(badge(page, '.section-page .section-badge'), section.id).resolves.toBe(onMap.get(section.id));
      const first = content.articles.find((a) => a.section === section.id)!;
      await page.goto(`${session.site.root}articles/${first.id}/`);
      await expect(badge(page, '.article-page .section-badge'), first.id).resolves.toBe(onMap.get(section.id));
    }
    await page.context().close();
  });
});

describe('header', () => {
  it.each([
    ['home', '', 'Atlas'],
    ['a chapter', `chapters/${chapter}/`, 'Atlas'],
    ['a section', `sections/${content.sections[0]!.id}/`, 'Atlas'],
    ['an article', `articles/${article.id}/`, 'Atlas'],
    ['the worksheets', 'worksheets/', 'Worksheets'],
    ['a worksheet', 'worksheets/customer-type-quiz/', 'Worksheets'],
    ['the glossary', 'glossary/', 'Glossary'],
    ['a glossary term', `glossary/${content.glossary[0]}/`, 'Glossary'],
    ['the team roll-up', 'team/', 'Team'],
    ['search', 'search/', null],
  ])('marks the current area on %s', async (_name, path, current) => {
    const page = await session.open(path);
    const marked = await page.locator('.site-header [aria-current]').allInnerTexts();
    expect(marked).toEqual(current ? [current] : []);
    if (current) await expect(page.locator('.site-header [aria-current]').getAttribute('aria-current')).resolves.toBe('page');
    await page.context().close();
  });

  it('is at most 64 px tall on a phone, and its search button opens and focuses the search field', async () => {
    const page = await openAt('', 390, 844);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    const input = page.locator('#site-search-input');
    await expect(input.isVisible()).resolves.toBe(false);
    const toggle = page.locator('[data-search-toggle]');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-input');
    const field = await input.boundingBox();
    expect(field!.width).toBeGreaterThan(390 * 0.85);
    await expect(page.locator('.search-hint').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('lines up with the main column and shows the / hint with a mouse', async () => {
    const page = await openAt(`chapters/${chapter}/`, 1366, 900);
    const brand = await page.locator('.brand').boundingBox();
    const heading = await page.locator('main h1').boundingBox();
    expect(Math.abs(brand!.x - heading!.x)).toBeLessThanOrEqual(1);
    await expect(page.locator('.search-hint').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('names the theme that is on and cycles system, light, dark', async () => {
    const page = await openAt('', 1366, 900, 'dark');
    const toggle = page.locator('[data-theme-toggle]');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const systemDark = await bg();
    await expect(page.getByRole('button', { name: 'Theme: System' }).count()).resolves.toBe(1);
    await toggle.click();
    await expect(page.getByRole('button', { name: 'Theme: Light' }).count()).resolves.toBe(1);
    expect(await bg()).not.toBe(systemDark);
    await toggle.click();
    await expect(page.getByRole('button', { name: 'Theme: Dark' }).count()).resolves.toBe(1);
    expect(await bg()).toBe(systemDark);
    await expect(page.evaluate(() => localStorage.getItem('atlas-theme'))).resolves.toBe('dark');
    await toggle.click();
    await expect(page.getByRole('button', { name: 'Theme: System' }).count()).resolves.toBe(1);
    await expect(page.evaluate(() => localStorage.getItem('atlas-theme'))).resolves.toBe(null);
    await page.context().close();
  });
});

describe('"On this page"', () => {
  it('sits above the article body, folded, on a phone', async () => {
    const page = await openAt(`articles/${article.id}/`, 390, 844);
    const toc = await page.locator('.toc').boundingBox();
    const body = await page.locator('.prose').boundingBox();
    expect(toc!.y + toc!.height).toBeLessThanOrEqual(body!.y);
    expect(toc!.y).toBeLessThan(844);
    await expect(page.locator('.toc a').first().isVisible()).resolves.toBe(false);
    await page.locator('.toc summary').click();
    await expect(page.locator('.toc a').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('stays in view under the section rail beside the article on a desktop and marks the heading being read', async () => {
    const page = await openAt(`articles/${article.id}/`, 1366, 900);
    const toc = page.locator('.toc');
    const body = await page.locator('.prose').boundingBox();
    expect((await toc.boundingBox())!.x).toBeGreaterThan(body!.x + body!.width);
    // A heading with at least a screen of text before the next one: scrolled to the top, it is the one being read.
    const target = await page.locator('.prose').evaluate((prose) => {
      const hs = [...prose.querySelectorAll<HTMLElement>('h2[id], h3[id]')];
      const tops = hs.map((h) => h.getBoundingClientRect().top);
      return hs.find((_h, i) => i > 0 && (tops[i + 1] ?? Infinity) - tops[i]! > innerHeight)?.id ?? null;
    });
    expect(target).not.toBeNull();
    await page.locator(`[id="${target}"]`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.waitForFunction((id) => document.querySelector('.toc a[aria-current="true"]')?.getAttribute('href') === `#${id}`, target, { timeout: 5000 });
    // The column is sticky: under the section rail, the whole of "On this page" and its marked heading stay on screen.
    const box = await toc.boundingBox();
    const rail = await page.locator('.rail').boundingBox();
    expect(rail!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThan(rail!.y + rail!.height - 1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    await expect(page.locator('.toc a[aria-current="true"]').count()).resolves.toBe(1);
    const current = await page.locator('.toc a[aria-current="true"]').boundingBox();
    expect(current!.y).toBeGreaterThanOrEqual(0);
    expect(current!.y + current!.height).toBeLessThanOrEqual(900);
    await page.context().close();
  });
});

/** Words (runs between spaces, hyphens and slashes) whose text lands on more than one line. */
function brokenWords(): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, [hidden]')) continue;
    const box = parent.getBoundingClientRect();
    if (box.width < 2 || box.height < 2 || parent.closest('.visually-hidden')) continue;
    for (const match of node.data.matchAll(/[^\s\-–—/]{2,}/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(`${match[0]} (in ${parent.tagName.toLowerCase()}.${parent.className})`);
    }
  }
  return broken;
}

describe('words stay whole', () => {
  const paths = () => ['', `chapters/${chapter}/`, `sections/${content.sections[1]!.id}/`, `articles/${article.id}/`, 'glossary/', `glossary/${content.glossary[0]}/`, 'worksheets/', 'no-such-page/'];
  for (const width of [320, 390]) {
    it(`breaks no word mid-word at ${width} px`, async () => {
      const context = await session.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      for (const path of paths()) {
        await page.goto(`${session.site.root}${path}`);
        await page.evaluate(() => document.fonts.ready);
        // Open every fold so that the words inside are laid out too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        await expect(page.evaluate(brokenWords), path || 'home').resolves.toEqual([]);
      }
      await context.close();
    });
  }

  it('the check catches a word squeezed into a narrow box', async () => {
    const page = await openAt('', 390, 800);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.style.cssText = 'width: 3rem; overflow-wrap: break-word';
      p.textContent = 'Incumbency';
      document.querySelector('main')!.append(p);
    });
    await expect(page.evaluate(brokenWords)).resolves.toContain('Incumbency (in p.)');
    await page.context().close();
  });
});

/** Contrast ratio of two CSS colours (any syntax Chromium knows), read back through a canvas as sRGB. */
function contrastOf(a: string, b: string): number {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d')!;
  const luminance = (colour: string) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...ctx.getImageData(0, 0, 1, 1).data].slice(0, 3).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('focus', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`shows one ring of at least 3:1 against the page and the header, never in the error colour (${theme})`, async () => {
      const page = await openAt(`chapters/${chapter}/`, 1366, 900, theme);
      const ring = async (selector: string) => {
        await page.locator(selector).first().focus();
        return page.locator(selector).first().evaluate((el, contrast) => {
          const style = getComputedStyle(el);
          const surface = (e: Element | null): string => {
            for (; e; e = e.parentElement) {
              const bg = getComputedStyle(e).backgroundColor;
              if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
            }
            return getComputedStyle(document.documentElement).backgroundColor;
          };
          const danger = getComputedStyle(document.body).getPropertyValue('--color-danger');
          const probe = document.createElement('i');
          probe.style.color = danger;
          document.body.append(probe);
          const dangerColour = getComputedStyle(probe).color;
          probe.remove();
          const ratio = new Function(`return (${contrast})`)()(style.outlineColor, surface(el.parentElement));
          return { width: parseFloat(style.outlineWidth), style: style.outlineStyle, colour: style.outlineColor, ratio, dangerColour };
        }, contrastOf.toString());
      };
      for (const selector of ['.main-nav a', 'a[data-article-id]', '#site-search-input']) {
        await page.keyboard.press('Tab');
        const focus = await ring(selector);
        expect(focus.style, selector).toBe('solid');
        expect(focus.width, selector).toBeGreaterThanOrEqual(2);
        expect(focus.ratio, `${selector} ring contrast`).toBeGreaterThanOrEqual(3);
        expect(focus.colour).not.toBe(focus.dangerColour);
      }
      await page.context().close();
    });
  }
});

describe('accessibility on a phone, themes chosen with the header control', () => {
  const pages = () => [
    ['home', ''],
    ['a chapter', `chapters/${chapter}/`],
    ['a section', `sections/${content.sections[0]!.id}/`],
    ['an article', `articles/${article.id}/`],
    ['the glossary', 'glossary/'],
    ['a glossary term', `glossary/${content.glossary[0]}/`],
    ['the worksheets', 'worksheets/'],
    ['the team roll-up', 'team/'],
  ];
  for (const theme of ['light', 'dark'] as const) {
    it(`reports zero axe violations at 390 px in the ${theme} theme`, async () => {
      const context = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
      await context.addInitScript((t) => localStorage.setItem('atlas-theme', t), theme);
      const page = await context.newPage();
      for (const [name, path] of pages()) {
        await page.goto(`${session.site.root}${path}`);
        await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe(theme);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        expect(await axeViolations(page), `${name} (${theme})`).toEqual([]);
      }
      await context.close();
    });
  }
});
