/**
 * Whether an article can be trusted to be current: who owns it, when it was last reviewed or
 * changed, and whether that is later than the reader's last reading. Pure: frontmatter in, text out.
 */
import type { ArticleChange } from '../atlas/schemas';
import { monthYear } from '../site/calendar';

/** The part of an article's frontmatter that says how current it is. */
export interface Freshness {
  owner: string;
  reviewed: string;
  changes: readonly ArticleChange[];
}

/** The line under an article's title: "Reviewed March 2026 by Sales Enablement". */
export const reviewLine = (f: Freshness): string => `Reviewed ${monthYear(f.reviewed)} by ${f.owner}`;

/** The article's latest change, if it has any (latest date wins; the first listed among equals). */
export function latestChange(f: Freshness): ArticleChange | null {
  return f.changes.reduce<ArticleChange | null>((best, c) => (!best || c.date > best.date ? c : best), null);
}

/** The day the article last changed or was reviewed, YYYY-MM-DD (whichever is later). */
export function lastChanged(f: Freshness): string {
  const change = latestChange(f);
  return change && change.date > f.reviewed ? change.date : f.reviewed;
}

/** Whether an article last changed on `changedDay` changed after it was read at `readAt` (ms): the change counts from the start of its day, UTC. */
export const updatedSinceRead = (changedDay: string, readAt: number): boolean => Date.parse(`${changedDay}T00:00:00Z`) > readAt;
