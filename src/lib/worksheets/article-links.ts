/**
 * The articles each worksheet page links to, in one list per worksheet: the pages link from it
 * and tests/content/worksheet-links.test.ts checks it against the chapter, so a link to a missing
 * article cannot pass unnoticed. Pure.
 */
import type { AtlasArticle } from '../atlas/atlas';
import type { WorksheetId } from '../atlas/schemas';
import { linkedArticleIds as quizArticleIds } from './customer-type-quiz/types';
import { criteria } from './ideal-customer-checklist/criteria';
import { nextActions } from './ideal-customer-checklist/score';
import { tierGuides, tierIds } from './customer-value/tiers';

/** The ids of the articles a worksheet page links to, its own source article first. */
export const worksheetArticleIds: Record<WorksheetId, () => string[]> = {
  'customer-type-quiz': () => [...new Set(['what-is-a-customer-six-types', ...quizArticleIds()])],
  'ideal-customer-checklist': () => [...new Set([...criteria.map((c) => c.article), ...Object.values(nextActions).flat().map((a) => a.article)])],
  'customer-value': () => [...new Set(['which-customers-matter-most', ...tierIds.flatMap((t) => tierGuides[t].articles)])],
};

/** A link to an article: its number, its title and where it is. */
export interface ArticleLink { number: string; title: string; href: string }

/**
 * The links a worksheet page gives, for the articles this build has (a benchmark or fixture
 * corpus has other articles): id → number, title and address.
 */
export function worksheetArticleLinks(id: WorksheetId, articles: ReadonlyMap<string, AtlasArticle>, hrefOf: (articleId: string) => string): Record<string, ArticleLink> {
  return Object.fromEntries(
    worksheetArticleIds[id]().flatMap((articleId) => {
      const article = articles.get(articleId);
      return article ? [[articleId, { number: article.data.number, title: article.data.title, href: hrefOf(articleId) }]] : [];
    }),
  );
}

/** The same links with the number at the head of the title ("5.03.02.01 Which customers matter most"), as the checklist and the value worksheet show them. */
export function numberedTitles(links: Record<string, ArticleLink>): Record<string, { title: string; href: string }> {
  return Object.fromEntries(Object.entries(links).map(([id, l]) => [id, { title: `${l.number} ${l.title}`, href: l.href }]));
}
