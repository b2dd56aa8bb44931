/**
 * How old an article's review is, and the build's warning when it is older than allowed
 * (ATLAS_REVIEW_MAX_DAYS, 365 days unless set). Pure: dates and numbers in, text out.
 */
import { z } from 'astro/zod';
import type { ContentProblem } from './content-problems';

/** Days a review stays current when ATLAS_REVIEW_MAX_DAYS is not set. */
export const DEFAULT_REVIEW_MAX_DAYS = 365;

const DAY_MS = 86_400_000;

const maxDaysSchema = z.coerce
  .number({ error: 'ATLAS_REVIEW_MAX_DAYS must be a number of days, like 365' })
  .int({ error: 'ATLAS_REVIEW_MAX_DAYS must be a whole number of days, like 365' })
  .positive({ error: 'ATLAS_REVIEW_MAX_DAYS must be 1 or more days' });

/** The allowed age of a review from the environment's text (undefined or empty gives the default); throws a readable error otherwise. */
export function reviewMaxDays(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_REVIEW_MAX_DAYS;
  const parsed = maxDaysSchema.safeParse(raw.trim());
  if (!parsed.success) throw new Error(`${parsed.error.issues[0]?.message ?? 'ATLAS_REVIEW_MAX_DAYS is not valid'} (it is "${raw}")`);
  return parsed.data;
}

/** Whole days from a YYYY-MM-DD date (taken as UTC midnight) to `now`; negative for a date still to come. */
export function daysSince(date: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${date}T00:00:00Z`)) / DAY_MS);
}

/** The warning for an article whose review is older than `maxDays`, or null while it is current. */
export function overdueReview(file: string, reviewed: string, now: Date, maxDays: number): ContentProblem | null {
  const age = daysSince(reviewed, now);
  if (!(age > maxDays)) return null;
  return {
    file,
    field: 'reviewed',
    message: `${reviewed} is ${age} days ago, more than ${maxDays} (ATLAS_REVIEW_MAX_DAYS): review the article, then set reviewed to the day you did`,
  };
}
