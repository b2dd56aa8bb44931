/**
 * The Customers chapter against its brief (../shared/CONTENT-BRIEF.md): every article present and in
 * order, 350 to 900 words, a "Key points" list of 3 to 5 items, links that resolve, section introductions.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countWords, keyPoints, sectionHeadings, termIds } from '../../src/lib/articles/text';
import { readContentIndex, readMdx } from '../helpers/content';
import { repeatedTitles } from '../../src/lib/atlas/section-lede';
import { sectionSchema } from '../../src/lib/atlas/schemas';
import { parse } from 'yaml';

const BRIEF = '../shared/CONTENT-BRIEF.md';
const content = readContentIndex();
const glossary = parse(readFileSync('src/content/glossary.yaml', 'utf8')) as { id: string; term: string; related: string[] }[];
const articleIds = new Set(content.articles.map((a) => a.id));

/** The brief's sections: title and the article titles line (parenthetical notes removed). */
function briefSections(): { title: string; articles: string }[] {
  if (!existsSync(BRIEF)) throw new Error(`${BRIEF} not found: the content tests need the shared folder beside the checkout`);
  const text = readFileSync(BRIEF, 'utf8');
  return [...text.matchAll(/^\d+\. \*\*(.+?)\*\*:.*\n\s+(.+)$/gm)].map((m) => ({
    title: m[1]!,
    articles: m[2]!.replace(/ \((?:[^()]|\([^()]*\))*\)/g, '').trim(),
  }));
}

describe('the chapter matches its brief', () => {
  const brief = briefSections();

  it('has the brief\'s six sections, in order', () => {
    expect(brief).toHaveLength(6);
    expect(content.sections.map((s) => s.title)).toEqual(brief.map((b) => b.title));
  });

  it.each(brief.map((b, i) => [b.title, i] as const))('%s holds every article of the brief, in order', (_title, i) => {
    const section = content.sections[i]!;
    const titles = content.articles.filter((a) => a.section === section.id).map((a) => a.title);
    expect(titles.join(', ')).toBe(brief[i]!.articles);
  });

  it('has 30 articles', () => expect(content.articles).toHaveLength(30));
});

describe.each(content.articles.map((a) => [a.id, a] as const))('article %s', (_id, article) => {
  const { data, body } = readMdx(article.file);

  it('has 350 to 900 words', () => {
    const words = countWords(body);
    expect(words).toBeGreaterThanOrEqual(350);
    expect(words).toBeLessThanOrEqual(900);
  });

  it('ends with a "Key points" list of 3 to 5 items', () => {
    const points = keyPoints(body);
    expect(points, 'no "## Key points" section').not.toBeNull();
    expect(points!.length).toBeGreaterThanOrEqual(3);
    expect(points!.length).toBeLessThanOrEqual(5);
    expect(sectionHeadings(body).at(-1)).toBe('Key points');
    expect(sectionHeadings(body).length).toBeGreaterThanOrEqual(3);
  });

  it('links related articles and glossary terms that exist, each term once', () => {
    for (const id of data['related'] as string[]) expect(articleIds, `related: ${id}`).toContain(id);
    const terms = termIds(body);
    for (const id of terms) expect(glossary.map((g) => g.id), `<Term id="${id}">`).toContain(id);
    expect(new Set(terms).size, 'a term is linked only at its first use').toBe(terms.length);
  });

  it('has a one-line summary and sources', () => {
    expect(String(data['summary'])).toMatch(/^[^\n]{20,200}$/);
    expect((data['sources'] as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('sections and glossary', () => {
  it.each(content.sections.map((s) => [s.id, s] as const))('section %s has an introduction of 80 to 200 words', (_id, section) => {
    const words = countWords(section.introduction ?? '');
    expect(words).toBeGreaterThanOrEqual(80);
    expect(words).toBeLessThanOrEqual(200);
  });

  it.each(content.sections.map((s) => [s.id, s] as const))('section %s has its own lede and an introduction that does not repeat its article titles', (id, section) => {
    const titles = content.articles.filter((a) => a.section === id).map((a) => a.title);
    expect(titles.length).toBeGreaterThan(0);
    expect(repeatedTitles(section.introduction, titles)).toEqual([]);
    expect(sectionSchema.shape.lede.safeParse(section.lede).success).toBe(true);
    expect(section.lede, 'every real section writes its lede').toMatch(/\S/);
  });

  it('defines the terms the brief asks for', () => {
    const required = ['clv', 'crv', 'civ', 'ckv', 'cev', 'kdm', 'rule-80-20', 'rule-20-200', 'rfm', 'incumbent', 'tire-kicker', 'bag-of-money', 'bag-of-wind', 'ally'];
    expect(glossary.map((g) => g.id)).toEqual(expect.arrayContaining(required));
  });

  it('links glossary entries to articles that exist', () => {
    for (const entry of glossary) for (const id of entry.related) expect(articleIds, `${entry.id} → ${id}`).toContain(id);
  });

  it('links the worksheets from the articles the brief names', () => {
    const worksheetOf = Object.fromEntries(content.articles.map((a) => [a.id, readMdx(a.file).data['worksheet']]));
    expect(worksheetOf['what-is-a-customer-six-types']).toBe('customer-type-quiz');
    for (const id of ['pursuing-high-quality-customers', 'characterizing-customers', 'firing-a-customer', 'unqualify-fast']) {
      expect(worksheetOf[id], id).toBe('ideal-customer-checklist');
    }
    expect(worksheetOf['which-customers-matter-most']).toBe('customer-value');
  });
});
