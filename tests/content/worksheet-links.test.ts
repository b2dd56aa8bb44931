/**
 * Every article a worksheet page links to exists in the chapter. The lists are the pages' own
 * (src/lib/worksheets/article-links.ts), so a link the pages would drop cannot pass here.
 */
import { describe, expect, it } from 'vitest';
import { worksheetArticleIds, worksheetArticleLinks } from '../../src/lib/worksheets/article-links';
import { readContentIndex } from '../helpers/content';

const ids = new Set(readContentIndex().articles.map((a) => a.id));
const sheets = Object.keys(worksheetArticleIds) as (keyof typeof worksheetArticleIds)[];

describe('worksheet links to articles', () => {
  it.each(sheets.flatMap((sheet) => worksheetArticleIds[sheet]().map((id) => [sheet, id])))('%s links %s, which exists', (_sheet, id) => {
    expect(ids).toContain(id);
  });

  it.each(sheets)('%s links at least its source article', (sheet) => {
    expect(worksheetArticleIds[sheet]().length).toBeGreaterThan(0);
  });
});

describe('worksheetArticleLinks', () => {
  const article = (id: string, number: string, title: string) => [id, { id, data: { number, title } }] as const;
  const articles = new Map([article('what-is-a-customer-six-types', '5.03.01.01', 'Six types')]) as unknown as Parameters<typeof worksheetArticleLinks>[1];
  it('keeps only the articles the build has, with number, title and address', () => {
    expect(worksheetArticleLinks('customer-type-quiz', articles, (id) => `/articles/${id}/`)).toEqual({
      'what-is-a-customer-six-types': { number: '5.03.01.01', title: 'Six types', href: '/articles/what-is-a-customer-six-types/' },
    });
  });
});
