/** Unique element ids for repeated components on one page (a term may appear in several articles of a section). */
const counters = new Map<string, number>();

/** Returns `prefix`, then `prefix-2`, `prefix-3` … on later calls with the same prefix. */
export function uniqueId(prefix: string): string {
  const n = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, n);
  return n === 1 ? prefix : `${prefix}-${n}`;
}
