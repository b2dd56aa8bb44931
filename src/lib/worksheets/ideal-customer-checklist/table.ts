/** Sorting and filtering the ranked table of customers; the ranking itself comes from `score.ts`. */
import { verdictIds, type VerdictId } from './criteria';
import { compareNames, type RankedCustomer } from './assess';

/** Columns the table sorts by. */
export const sortKeys = ['score', 'name', 'verdict'] as const;
/** A column the table sorts by. */
export type SortKey = (typeof sortKeys)[number];
/** Sort direction, named as `aria-sort` names it. */
export type SortDirection = 'ascending' | 'descending';
/** How the table is sorted. */
export interface TableSort {
  key: SortKey;
  direction: SortDirection;
}
/** Which verdict the table shows ("all" shows every customer). */
export type VerdictFilter = VerdictId | 'all';

/** The direction a column starts in when first chosen: best score first, names A to Z, best verdict first. */
export const firstDirection: Record<SortKey, SortDirection> = { score: 'descending', name: 'ascending', verdict: 'ascending' };

/** The next sort after a click on a column header: a new column starts in its first direction, the same one flips. */
export function nextSort(current: TableSort, key: SortKey): TableSort {
  if (current.key !== key) return { key, direction: firstDirection[key] };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

/**
 * The rows to show: filtered by verdict, then sorted. Sorting by score "descending" is the
 * ranking order; ties in any column fall back to the ranking order.
 */
export function arrangeRows<T extends { name: string }>(ranked: readonly RankedCustomer<T>[], sort: TableSort, filter: VerdictFilter): RankedCustomer<T>[] {
  const position = new Map(ranked.map((row, i) => [row, i]));
  const byRanking = (a: RankedCustomer<T>, b: RankedCustomer<T>) => position.get(a)! - position.get(b)!;
  const compare: Record<SortKey, (a: RankedCustomer<T>, b: RankedCustomer<T>) => number> = {
    score: byRanking,
    name: (a, b) => compareNames(a.customer.name, b.customer.name),
    verdict: (a, b) => verdictIds.indexOf(a.result.verdict) - verdictIds.indexOf(b.result.verdict),
  };
  const sign = sort.direction === firstDirection[sort.key] ? 1 : -1;
  const rows = ranked.filter((row) => filter === 'all' || row.result.verdict === filter);
  return rows.sort((a, b) => sign * compare[sort.key](a, b) || byRanking(a, b));
}
