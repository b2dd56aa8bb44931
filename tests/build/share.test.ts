/**
 * Shareable builds: with ATLAS_SITE every page kind has a canonical address and link-preview tags,
 * the sitemap is valid XML listing the pages (not booklets or fallbacks) and robots.txt points at
 * it, also under a sub-path; with ATLAS_NOINDEX the deployment asks crawlers to stay out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/astro-build';
import { launchChromium } from '../helpers/chromium';

const SITE = 'https://atlas.example.com';
const BASE = '/atlas/';
const PAGE_KINDS = [
  ['home', ''],
  ['chapter', 'chapters/customers/'],
  ['section', 'sections/customer-concepts/'],
  ['article', 'articles/unqualify-fast/'],
  ['glossary', 'glossary/'],
  ['glossary entry', 'glossary/clv/'],
  ['worksheets', 'worksheets/'],
  ['worksheet', 'worksheets/customer-type-quiz/'],
  ['search', 'search/'],
  ['your reading', 'progress/'],
] as const;

// Chromium's DOMParser reads the built files as a browser or crawler would (strict XML for the sitemap).
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

/** The share tags of a built page: selector → content (or href), null when absent. */
const tags = (outDir: string, path: string) =>
  page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const read = (selector: string) => doc.querySelector(selector)?.getAttribute(selector.startsWith('link') ? 'href' : 'content') ?? null;
    const names = ['link[rel="canonical"]', 'meta[property="og:url"]', 'meta[property="og:type"]', 'meta[property="og:site_name"]', 'meta[property="og:title"]', 'meta[property="og:description"]', 'meta[name="description"]', 'meta[name="twitter:card"]', 'meta[name="robots"]'];
    return Object.fromEntries(names.map((n) => [n, read(n)])) as Record<string, string | null>;
  }, readFileSync(join(outDir, path, 'index.html'), 'utf8'));
/** Parses XML strictly and returns the text of its <loc> elements, or null when it does not parse. */
const locs = (text: string) =>
  page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) return null;
    return [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')].map((loc) => loc.textContent ?? '');
  }, text);

describe(`a build with ATLAS_SITE=${SITE} under ${BASE}`, () => {
  let outDir: string;
  beforeAll(() => {
    const build = buildSite('share-site', { ATLAS_BASE: BASE, ATLAS_SITE: SITE, ATLAS_NOINDEX: '' });
    expect(build.status, build.output).toBe(0);
    outDir = build.outDir;
  });

  it.each(PAGE_KINDS)('the %s page has a canonical address and link-preview tags', async (_kind, path) => {
    const t = await tags(outDir, path);
    const url = `${SITE}${BASE}${path}`;
    expect(t['link[rel="canonical"]']).toBe(url);
    expect(t['meta[property="og:url"]']).toBe(url);
    expect(t['meta[property="og:type"]']).toBe(path.startsWith('articles/') ? 'article' : 'website');
    expect(t['meta[property="og:site_name"]']).toBe('Customer Atlas');
    expect(t['meta[property="og:title"]']).toMatch(/\S/);
    expect(t['meta[property="og:description"]']).toBe(t['meta[name="description"]']);
    expect(t['meta[name="twitter:card"]']).toBe('summary');
    expect(t['meta[name="robots"]']).toBeNull();
  });

  it('describes a section by its lede and titles an article by its number and title', async () => {
    expect((await tags(outDir, 'sections/customer-concepts/'))['meta[property="og:description"]']).toMatch(/^Start here: what a customer is/);
    expect((await tags(outDir, 'articles/unqualify-fast/'))['meta[property="og:title"]']).toMatch(/^5\.03\.02\.04 Unqualify Fast$/);
  });

  it('points a booklet at the page it prints', async () => {
    expect((await tags(outDir, 'sections/customer-concepts/print/'))['link[rel="canonical"]']).toBe(`${SITE}${BASE}sections/customer-concepts/`);
  });

  it('writes a sitemap index and a sitemap that parse, listing the pages and leaving out booklets and fallbacks', async () => {
    const parts = await locs(readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8'));
    expect(parts?.length, 'the sitemap index parses and lists its sitemaps').toBeGreaterThan(0);
    const urls: string[] = [];
    for (const part of parts ?? []) {
      expect(part.startsWith(`${SITE}${BASE}`), part).toBe(true);
      const listed = await locs(readFileSync(join(outDir, part.slice(`${SITE}${BASE}`.length)), 'utf8'));
      expect(listed, `${part} parses`).not.toBeNull();
      urls.push(...(listed ?? []));
    }
    for (const [, path] of PAGE_KINDS.filter(([kind]) => kind !== 'your reading')) expect(urls).toContain(`${SITE}${BASE}${path}`);
    expect(urls.filter((u) => u.includes('/articles/'))).toHaveLength(30);
    expect(urls.filter((u) => /\/print\/$|\/offline\/$|404|\.json$|\/progress\/$/.test(u))).toEqual([]);
    for (const url of urls) expect(existsSync(join(outDir, url.slice(`${SITE}${BASE}`.length), 'index.html')), url).toBe(true);
  });

  it('writes robots.txt that points at the sitemap', () => {
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}${BASE}sitemap-index.xml\n`);
  });
});

describe('a build with ATLAS_NOINDEX=1 and no ATLAS_SITE', () => {
  let outDir: string;
  beforeAll(() => {
    const build = buildSite('share-noindex', { ATLAS_NOINDEX: '1', ATLAS_SITE: '' });
    expect(build.status, build.output).toBe(0);
    outDir = build.outDir;
  });

  it.each(PAGE_KINDS)('the %s page asks not to be indexed and has no absolute address', async (_kind, path) => {
    const t = await tags(outDir, path);
    expect(t['meta[name="robots"]']).toBe('noindex, nofollow');
    expect(t['link[rel="canonical"]']).toBeNull();
    expect(t['meta[property="og:url"]']).toBeNull();
    expect(t['meta[property="og:title"]']).toMatch(/\S/);
  });

  it('disallows the whole site in robots.txt and writes no sitemap', () => {
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    expect(existsSync(join(outDir, 'sitemap-index.xml'))).toBe(false);
  });
});

describe('a build with a malformed ATLAS_SITE', () => {
  it('fails naming the variable and the fix', () => {
    const build = buildSite('share-bad-site', { ATLAS_SITE: 'atlas.example.com' });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('ATLAS_SITE must be an address like https://atlas.example.com (got "atlas.example.com")');
  });
});
