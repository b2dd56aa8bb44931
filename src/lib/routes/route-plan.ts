/**
 * A route while a manager plans it, and a route while a rep travels it. Pure: lists of article
 * ids (or numbers) in, new lists and counts out. The builder and the route page call these.
 */
import { MAX_STOPS } from './schemas';
import { counted } from '../site/plural';

/** The stops with `id` added at the end, or taken out when it is on the route already; unchanged when the route is full. */
export function toggleStop(stops: readonly string[], id: string, max = MAX_STOPS): string[] {
  if (stops.includes(id)) return stops.filter((s) => s !== id);
  return stops.length >= max ? [...stops] : [...stops, id];
}

/** The stops with the one at `index` moved by `by` places (-1 up, +1 down); unchanged at either end. */
export function moveStop(stops: readonly string[], index: number, by: number): string[] {
  const to = index + by;
  const next = [...stops];
  if (index < 0 || index >= stops.length || to < 0 || to >= stops.length) return next;
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** The stops without the one at `index`. */
export const removeStop = (stops: readonly string[], index: number): string[] => stops.filter((_, i) => i !== index);

/** A rep's progress along a route: how many stops are read, and the first unread stop (its index), if any. */
export function routeProgress(stops: readonly string[], isRead: (id: string) => boolean): { read: number; total: number; next: number | null } {
  const read = stops.filter(isRead).length;
  const next = stops.findIndex((id) => !isRead(id));
  return { read, total: stops.length, next: next < 0 ? null : next };
}

/** The words for progress on a route: "3 of 5 read". */
export const routeProgressLabel = (read: number, total: number): string => `${read} of ${total} read`;

/** A route's title: its name, or "Route of 5 stops" when it has none. */
export const routeTitle = (name: string, stops: number): string => name.trim() || `Route of ${counted(stops, 'stop')}`;
