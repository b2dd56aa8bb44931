/**
 * Element ids unique within one page: a term may appear several times in an article, and a section
 * booklet shows several articles on one page. The count belongs to the page being rendered (`page`
 * is the object that stands for it, Astro's `Astro.request`), so nothing carries over from one page
 * to the next, and the weak map lets a page's count go once the page is done.
 */
const pages = new WeakMap<object, Map<string, number>>();

/** Returns `prefix` the first time on `page`, then `prefix-2`, `prefix-3` … on that page. */
export function uniqueId(page: object, prefix: string): string {
  const counts = pages.get(page) ?? new Map<string, number>();
  pages.set(page, counts);
  const n = (counts.get(prefix) ?? 0) + 1;
  counts.set(prefix, n);
  return n === 1 ? prefix : `${prefix}-${n}`;
}
