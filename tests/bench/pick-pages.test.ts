import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pagesToMeasure } from '../../bench/pick-pages.mjs';
import { generateCorpus } from '../../bench/generate-corpus.mjs';

const sections = (rows: [string, string][]) => rows.map(([id, chapter]) => `- id: ${id}\n  number: "5.01.01"\n  chapter: ${chapter}\n  order: 1\n`).join('\n');
const article = (section: string) => `---\nnumber: "5.01.01.01"\ntitle: "T"\nsection: ${section}\n---\nBody`;

describe('pagesToMeasure', () => {
  it('picks the middle article, the one after it, and the chapter with the most articles', () => {
    const files = {
      'atlas/sections.yaml': sections([['s1', 'small'], ['s2', 'big'], ['s3', 'big']]),
      'articles/a.mdx': article('s1'),
      'articles/b.mdx': article('s2'),
      'articles/c.mdx': article('s3'),
      'articles/d.mdx': article('s2'),
      'glossary.yaml': '',
    };
    expect(pagesToMeasure(files)).toEqual({ article: 'c', nextArticle: 'd', chapter: 'big', chapterArticles: 3 });
  });

  it.each([
    [{ 'atlas/sections.yaml': '' }, 'no articles'],
    [{ 'atlas/sections.yaml': sections([['s1', 'c']]), 'articles/a.mdx': article('elsewhere') }, 'no article belongs to a chapter'],
  ])('explains a corpus it cannot use (%#)', (files, message) => {
    expect(() => pagesToMeasure(files as Record<string, string>)).toThrow(message);
  });

  it('agrees with the generated corpus: the chosen chapter holds the most articles (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 120 }), (n) => {
        const { files } = generateCorpus({ articles: n });
        const pick = pagesToMeasure(files);
        const ids = Object.keys(files).filter((f) => f.startsWith('articles/')).map((f) => f.slice(9, -4));
        expect(ids).toContain(pick.article);
        expect(ids).toContain(pick.nextArticle);
        expect(pick.nextArticle).not.toBe(pick.article);
        expect(files['atlas/chapters.yaml']).toContain(`- id: ${pick.chapter}\n`);
        expect(pick.chapterArticles).toBeGreaterThanOrEqual(Math.ceil(n / (files['atlas/chapters.yaml']!.match(/^- id:/gm)?.length ?? 1)));
      }),
      { numRuns: 15 },
    );
  });
});
