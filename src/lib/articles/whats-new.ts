/**
 * "What's new": every change and review of every article, newest first, for the What's new page
 * and the Atom feed alike. Pure: articles in, dated entries out.
 */
import type { ArticleData } from '../atlas/schemas';

/** An article as the list needs it. */
export interface NewsArticle {
  id: string;
  data: Pick<ArticleData, 'number' | 'title' | 'summary' | 'owner' | 'reviewed' | 'changes'>;
}

/** One dated line: an article changed (with its one-line note) or was reviewed without a change. */
export interface NewsEntry {
  id: string;
  number: string;
  title: string;
  owner: string;
  date: string;
  kind: 'changed' | 'reviewed';
  note: string;
}

/** Every change, and every review not already a change of that day, newest first; equal dates in article number order. */
export function whatsNew(articles: readonly NewsArticle[]): NewsEntry[] {
  const entries: NewsEntry[] = [];
  for (const { id, data } of articles) {
    const base = { id, number: data.number, title: data.title, owner: data.owner };
    for (const change of data.changes) entries.push({ ...base, date: change.date, kind: 'changed', note: change.note });
    if (!data.changes.some((c) => c.date === data.reviewed)) {
      entries.push({ ...base, date: data.reviewed, kind: 'reviewed', note: `Reviewed by ${data.owner}: ${data.summary}` });
    }
  }
  return entries.sort((a, b) => (a.date === b.date ? a.number.localeCompare(b.number, 'en', { numeric: true }) : a.date < b.date ? 1 : -1));
}

/** The entries of one month, "2026-11", grouped in order: what the page shows under each month heading. */
export function byMonth(entries: readonly NewsEntry[]): { month: string; entries: NewsEntry[] }[] {
  const groups: { month: string; entries: NewsEntry[] }[] = [];
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.entries.push(entry);
    else groups.push({ month, entries: [entry] });
  }
  return groups;
}
