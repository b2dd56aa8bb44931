/**
 * The date fields of an article's frontmatter as written (before YAML or Astro turn them into
 * anything): `reviewed` and each `changes[].date` must be real dates written YYYY-MM-DD.
 */
import { z } from 'astro/zod';
import type { ContentProblem } from './content-problems';

const isoDay = z.iso.date();

/** Whether `value` is text of a real calendar date, YYYY-MM-DD. */
export const isIsoDay = (value: unknown): value is string => typeof value === 'string' && isoDay.safeParse(value).success;

const problem = (file: string, field: string, value: unknown): ContentProblem => ({
  file,
  field,
  message: `${JSON.stringify(value) ?? 'nothing'} is not a real date: write it YYYY-MM-DD, like 2026-11-23`,
});

/** Problems with the date fields of parsed (core-schema YAML, so dates are still text) frontmatter; missing fields are left to the schema. */
export function frontmatterDateProblems(file: string, data: unknown): ContentProblem[] {
  if (typeof data !== 'object' || data === null) return [];
  const fields = data as { reviewed?: unknown; changes?: unknown };
  const problems: ContentProblem[] = [];
  if (fields.reviewed !== undefined && !isIsoDay(fields.reviewed)) problems.push(problem(file, 'reviewed', fields.reviewed));
  if (Array.isArray(fields.changes)) {
    fields.changes.forEach((change: unknown, i) => {
      const date = typeof change === 'object' && change !== null ? (change as { date?: unknown }).date : undefined;
      if (date !== undefined && !isIsoDay(date)) problems.push(problem(file, `changes.${i}.date`, date));
    });
  }
  return problems;
}
