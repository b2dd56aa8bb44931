/** Sorting and windowing the ranked table: which rows, in which order, and which of them are drawn. */
import type { ScoredCustomer } from './score';

/** Columns the table sorts by. */
export type SortKey = 'cev' | 'name' | 'tier' | 'clv' | 'contribution' | 'revenue' | 'rfm';
/** A sort: column and direction (the words aria-sort uses). */
export interface TableSort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

const value: Record<Exclude<SortKey, 'name'>, (s: ScoredCustomer) => number> = {
  cev: (s) => s.cev,
  tier: (s) => s.rank,
  clv: (s) => s.clv,
  contribution: (s) => s.contribution,
  revenue: (s) => s.customer.revenue,
  rfm: (s) => s.r * 100 + s.f * 10 + s.m,
};

/** The rows in the chosen order; ties keep rank order. */
export function sortRows(rows: readonly ScoredCustomer[], sort: TableSort): ScoredCustomer[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare =
    sort.key === 'name'
      ? (a: ScoredCustomer, b: ScoredCustomer) => sign * a.customer.name.localeCompare(b.customer.name, 'en', { sensitivity: 'base' }) || a.rank - b.rank
      : (a: ScoredCustomer, b: ScoredCustomer) => sign * (value[sort.key as Exclude<SortKey, 'name'>](a) - value[sort.key as Exclude<SortKey, 'name'>](b)) || a.rank - b.rank;
  return [...rows].sort(compare);
}

/** The next sort when a column header is pressed: the same column flips; a new one starts with its natural direction. */
export function nextSort(current: TableSort, key: SortKey): TableSort {
  if (current.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key === 'name' || key === 'tier' ? 'ascending' : 'descending' };
}

/** Which rows to draw in a scrolled window: from `start` up to (not including) `end`, with `overscan` rows either side. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = 8): { start: number; end: number } {
  const h = Math.max(1, rowHeight);
  const start = Math.max(0, Math.floor(scrollTop / h) - overscan);
  const end = Math.min(total, Math.ceil((scrollTop + Math.max(viewport, h)) / h) + overscan);
  return { start: Math.min(start, end), end };
}
