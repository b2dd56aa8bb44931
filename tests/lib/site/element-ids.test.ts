/** Element ids: unique within a page, starting afresh on every page. */
import { describe, expect, it } from 'vitest';
import { uniqueId } from '../../../src/lib/site/element-ids';

describe('uniqueId', () => {
  it('numbers repeats on one page and starts again on the next', () => {
    const booklet = {};
    const article = {};
    expect([uniqueId(booklet, 'term-tip-churn'), uniqueId(booklet, 'term-tip-churn'), uniqueId(booklet, 'term-tip-lead'), uniqueId(booklet, 'term-tip-churn')]).toEqual([
      'term-tip-churn',
      'term-tip-churn-2',
      'term-tip-lead',
      'term-tip-churn-3',
    ]);
    expect(uniqueId(article, 'term-tip-churn')).toBe('term-tip-churn');
  });
});
