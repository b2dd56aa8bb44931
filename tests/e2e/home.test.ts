/**
 * Home and section pages as a manager first meets them (issue 17): the line on how numbers read,
 * the handbook's index with what is still to come, worksheet cards with a start button and a time
 * estimate, a section's article list at once on a phone, and, with the benchmark's 700-article
 * corpus, every volume and chapter within two desktop screens and a jump list of volumes on a phone.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../bench/generate-corpus.mjs';
import { readNumber } from '../../src/lib/atlas/number';
import { buildSite } from '../helpers/astro-build';
import { axeViolations, startSession, type SiteSession } from '../helpers/browser';
import { readContentIndex } from '../helpers/content';

const content = readContentIndex();
let session: SiteSession;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

async function openAt(s: SiteSession, path: string, width: number, height: number): Promise<Page> {
  const context = await s.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${s.site.root}${path}`, { waitUntil: 'networkidle' });
  return page;
}

describe('home', () => {
  it('says how numbers read, with a real article number', async () => {
    const page = await openAt(session, '', 1366, 900);
    const line = (await page.locator('.number-key').innerText()).replace(/\s+/g, ' ');
    const number = /(\d+\.\d{2}\.\d{2}\.\d{2})/.exec(line)?.[1];
    expect(number && content.articles.map((a) => a.number)).toContain(number);
    expect(line).toContain(`${number} = ${readNumber(number!)}`);
    expect(line).toMatch(/= volume \d+, chapter \d+, section \d+, article \d+/);
    await page.context().close();
  });

  it('indexes the handbook: the written chapter linked with its count, the rest marked to come', async () => {
    const page = await openAt(session, '', 1366, 900);
    const index = page.locator('.handbook-index');
    const chapterLinks = await index.locator('.index-chapters a').evaluateAll((links) => links.map((a) => ({ text: a.textContent?.replace(/\s+/g, ' ').trim(), href: a.getAttribute('href'), count: a.nextElementSibling?.textContent?.trim() })));
    expect(chapterLinks).toEqual(content.chapters.map((id) => expect.objectContaining({ href: `/chapters/${id}/` })));
    expect(chapterLinks[0]!.text).toBe('5.03 Customers');
    expect(chapterLinks[0]!.count).toBe(`${content.articles.length} articles`);
    const toCome = await index.locator('.to-come').allInnerTexts();
    expect(toCome.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['Volumes 1–4 to come', 'Chapters 5.01–5.02 to come']);
    await expect(index.locator('.index-totals').innerText()).resolves.toBe(`1 chapter written so far: ${content.sections.length} sections, ${content.articles.length} articles. Parts marked “to come” are not written yet.`);
    // The whole index is on the first screen.
    const box = await index.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('offers each worksheet with a start button and a time estimate', async () => {
    const page = await openAt(session, '', 1366, 900);
    const cards = await page.locator('.worksheet-effort').evaluateAll((efforts) =>
      efforts.map((effort) => {
        const card = effort.parentElement!;
        const start = card.querySelector<HTMLAnchorElement>('.worksheet-start');
        return { effort: effort.textContent?.replace(/\s+/g, ' ').trim(), start: start?.textContent?.trim(), href: start?.getAttribute('href'), title: card.querySelector('h3 a')?.getAttribute('href') };
      }),
    );
    expect(cards.length).toBe(3);
    for (const card of cards) {
      expect(card.effort).toMatch(/\d+(–\d+)? min/);
      expect(card.start).toBeTruthy();
      expect(card.href).toMatch(/^\/worksheets\/[a-z-]+\/$/);
      expect(card.href).toBe(card.title);
    }
    await page.context().close();
  });
});

describe('a section page on a phone', () => {
  it.each(content.sections.map((s) => [s.id]))('%s shows its first article link above the fold, after a lede that lists no titles', async (id) => {
    const page = await openAt(session, `sections/${id}/`, 390, 844);
    const first = page.locator('.section-routes a.stop').first();
    const box = await first.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    const lede = await page.locator('.section-hero').innerText();
    const titles = content.articles.filter((a) => a.section === id).map((a) => a.title);
    expect(titles.filter((t) => lede.includes(t)).length).toBeLessThanOrEqual(1);
    await page.context().close();
  });
});

describe('home at handbook scale (the benchmark corpus, 700 articles)', () => {
  let big: SiteSession;
  let counts: { volumes: number; chapters: number; articles: number };

  beforeAll(async () => {
    const corpusDir = resolve('tests/.tmp/home-700-corpus');
    rmSync(corpusDir, { recursive: true, force: true });
    mkdirSync(corpusDir, { recursive: true });
    const corpus = generateCorpus({ articles: 700 });
    writeCorpus(corpusDir, corpus);
    counts = corpus.counts;
    const built = buildSite('home-700', { ATLAS_CONTENT_DIR: corpusDir });
    if (built.status !== 0) throw new Error(`The 700-article build failed:\n${built.output.slice(-3000)}`);
    big = await startSession(built.outDir);
  }, 400_000);
  afterAll(async () => {
    await big?.close();
  });

  it('lists every volume and every chapter, each linked with its number and article count, within two 1366x900 screens', async () => {
    const page = await openAt(big, '', 1366, 900);
    const volumes = page.locator('.handbook-index .index-volume:not(.to-come)');
    await expect(volumes.count()).resolves.toBe(counts.volumes);
    const chapters = await page.locator('.handbook-index .index-chapters a').evaluateAll((links) =>
      links.map((a) => ({ text: a.textContent?.trim() ?? '', count: Number.parseInt(a.nextElementSibling?.textContent ?? '', 10), bottom: a.getBoundingClientRect().bottom + scrollY })),
    );
    expect(chapters.length).toBe(counts.chapters);
    for (const c of chapters) {
      expect(c.text).toMatch(/^\d+\.\d{2} \S/);
      expect(c.count).toBeGreaterThan(0);
    }
    expect(chapters.reduce((n, c) => n + c.count, 0)).toBe(counts.articles);
    expect(Math.max(...chapters.map((c) => c.bottom))).toBeLessThanOrEqual(2 * 900);
    await page.context().close();
  });

  it('lets a phone jump to any volume', async () => {
    const page = await openAt(big, '', 390, 844);
    const jump = page.locator('.index-jump a');
    await expect(jump.count()).resolves.toBe(counts.volumes);
    await expect(jump.first().isVisible()).resolves.toBe(true);
    const last = jump.last();
    const target = (await last.getAttribute('href'))!;
    await last.click();
    await page.waitForFunction((id) => location.hash === id, target);
    const heading = await page.locator(target).boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(0);
    expect(heading!.y).toBeLessThan(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });
});
