import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysSince, DEFAULT_REVIEW_MAX_DAYS, overdueReview, reviewMaxDays } from '../../../src/lib/articles/review-age';
import { frontmatterDateProblems, isIsoDay } from '../../../src/lib/articles/frontmatter-dates';
import { frontmatterProblem } from '../../../src/lib/articles/frontmatter-check';

const now = new Date('2026-12-03T09:00:00Z');

describe('reviewMaxDays', () => {
  it.each([
    [undefined, DEFAULT_REVIEW_MAX_DAYS],
    ['', DEFAULT_REVIEW_MAX_DAYS],
    ['30', 30],
    [' 730 ', 730],
  ])('reads %j as %d', (raw, days) => expect(reviewMaxDays(raw)).toBe(days));

  it.each([
    ['a year', 'ATLAS_REVIEW_MAX_DAYS must be a number of days, like 365 (it is "a year")'],
    ['1.5', 'ATLAS_REVIEW_MAX_DAYS must be a whole number of days, like 365 (it is "1.5")'],
    ['0', 'ATLAS_REVIEW_MAX_DAYS must be 1 or more days (it is "0")'],
  ])('refuses %j', (raw, message) => expect(() => reviewMaxDays(raw)).toThrow(message));
});

describe('overdueReview', () => {
  it.each([
    ['2026-12-03', 365, null],
    ['2025-12-03', 365, null],
    ['2025-12-02', 365, 'reviewed: 2025-12-02 is 366 days ago, more than 365 (ATLAS_REVIEW_MAX_DAYS): review the article, then set reviewed to the day you did'],
    ['2026-11-02', 30, 'reviewed: 2026-11-02 is 31 days ago, more than 30 (ATLAS_REVIEW_MAX_DAYS): review the article, then set reviewed to the day you did'],
    ['2027-01-01', 1, null],
  ])('%s with %d days allowed', (reviewed, max, message) => {
    const problem = overdueReview('src/content/articles/a.mdx', reviewed, now, max);
    expect(problem && `${problem.field}: ${problem.message}`).toBe(message);
    if (problem) expect(problem.file).toBe('src/content/articles/a.mdx');
  });

  it('warns exactly when the age passes the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 2000 }), (ago, max) => {
        const reviewed = new Date(Date.UTC(2026, 11, 3) - ago * 86_400_000).toISOString().slice(0, 10);
        expect(daysSince(reviewed, now)).toBe(ago);
        expect(overdueReview('a.mdx', reviewed, now, max) !== null).toBe(ago > max);
      }),
    );
  });
});

describe('frontmatter dates', () => {
  it.each([
    ['2026-11-23', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-5', false],
    ['23/11/2026', false],
    [20261123, false],
  ])('isIsoDay(%j) is %s', (value, ok) => expect(isIsoDay(value)).toBe(ok));

  it('names each bad date field', () => {
    expect(frontmatterDateProblems('a.mdx', { reviewed: 'soon', changes: [{ date: '2026-11-01', note: 'x' }, { date: '2026-11-31', note: 'y' }] })).toEqual([
      { file: 'a.mdx', field: 'reviewed', message: '"soon" is not a real date: write it YYYY-MM-DD, like 2026-11-23' },
      { file: 'a.mdx', field: 'changes.1.date', message: '"2026-11-31" is not a real date: write it YYYY-MM-DD, like 2026-11-23' },
    ]);
  });

  it('leaves missing fields to the schema', () => expect(frontmatterDateProblems('a.mdx', { title: 'A' })).toEqual([]));

  it('the preflight reports a bad date as written, before YAML or Astro can shift it', () => {
    expect(frontmatterProblem('a.mdx', '---\ntitle: A\nreviewed: 2026-02-30\n---\nBody')).toEqual({
      file: 'a.mdx',
      field: 'reviewed',
      message: '"2026-02-30" is not a real date: write it YYYY-MM-DD, like 2026-11-23',
    });
  });
});
