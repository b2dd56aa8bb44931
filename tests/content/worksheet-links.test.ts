/** Every article a worksheet points to exists in the chapter (the pages themselves skip missing ones, for other corpora). */
import { describe, expect, it } from 'vitest';
import { linkedArticleIds } from '../../src/lib/worksheets/customer-type-quiz/types';
import { criteria } from '../../src/lib/worksheets/ideal-customer-checklist/criteria';
import { nextActions } from '../../src/lib/worksheets/ideal-customer-checklist/score';
import { tierGuides, tierIds } from '../../src/lib/worksheets/customer-value/tiers';
import { readContentIndex } from '../helpers/content';

const ids = new Set(readContentIndex().articles.map((a) => a.id));

describe('worksheet links to articles', () => {
  it.each(linkedArticleIds())('the customer type quiz links %s, which exists', (id) => expect(ids).toContain(id));

  const checklist = [...new Set([...criteria.map((c) => c.article), ...Object.values(nextActions).flat().map((a) => a.article)])];
  it.each(checklist)('the ideal-customer checklist links %s, which exists', (id) => expect(ids).toContain(id));

  const value = [...new Set(['which-customers-matter-most', ...tierIds.flatMap((t) => tierGuides[t].articles)])];
  it.each(value)('the customer value worksheet links %s, which exists', (id) => expect(ids).toContain(id));
});
