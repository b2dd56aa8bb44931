/**
 * Fitting the precache to its budget. Every file the build would precache gets a rank: the shell
 * first (home, search, worksheets, the reading order, assets, the search code and entry), then the
 * current chapter, then the search index and its excerpts (a result cannot show without its
 * excerpt, so search works offline only with both), then the pages that list the whole handbook
 * (glossary, routes, "Your reading"; cached when visited). Files
 * are kept rank by rank while they fit; a rank that does not fit whole is kept as far as it fits,
 * smallest files first, and the rest is left out, to be cached as it is visited. The shell is
 * kept even over budget: the site must work offline at all. No imports: Node loads this file as
 * it is (scripts/build-service-worker.mjs).
 */

/** A file the precache could hold: its path in the site and its size in bytes. */
export interface PrecacheFile { url: string; size: number }

/** What fitting gives: the files kept, the files left out (cached when visited), and their sizes. */
export interface PrecacheFit<T extends PrecacheFile> { kept: T[]; leftOut: T[]; keptBytes: number; leftOutBytes: number }

/** The ranks, most needed first; the names say what each holds in the build's report. */
export const precacheRanks = ['shell', 'chapter', 'search index', 'search excerpts', 'more pages'] as const;

/** A rank's name. */
export type PrecacheRank = (typeof precacheRanks)[number];

/** The rank of a file of the site ("index.html", "_astro/x.js", "articles/a/index.html"), given the current chapter's page paths. */
export function precacheRank(url: string, chapterPages: readonly string[]): PrecacheRank {
  const path = url.replace(/^\//, '');
  if (chapterPages.some((p) => path === `${p}index.html`)) return 'chapter';
  if (/^pagefind\/fragment\//.test(path)) return 'search excerpts';
  if (/^pagefind\/(index|filter)\//.test(path) || /^pagefind\/[^/]+\.pf_meta$/.test(path)) return 'search index';
  if (/^(glossary|routes|progress)\//.test(path)) return 'more pages';
  return 'shell';
}

/** The files kept within `maxBytes`, rank by rank (the shell always), and those left out. */
export function fitPrecache<T extends PrecacheFile>(files: readonly T[], maxBytes: number, rankOf: (url: string) => PrecacheRank): PrecacheFit<T> {
  const kept: T[] = [];
  const leftOut: T[] = [];
  let used = 0;
  for (const rank of precacheRanks) {
    const group = files.filter((f) => rankOf(f.url) === rank);
    const whole = group.reduce((sum, f) => sum + f.size, 0);
    if (rank === 'shell' || used + whole <= maxBytes) {
      kept.push(...group);
      used += whole;
      continue;
    }
    // Smallest first keeps the most files of this rank; ties keep the site's order.
    for (const f of [...group].sort((a, b) => a.size - b.size)) {
      if (used + f.size <= maxBytes) {
        kept.push(f);
        used += f.size;
      } else leftOut.push(f);
    }
  }
  const order = new Map(files.map((f, i) => [f, i]));
  const bySite = (a: T, b: T) => order.get(a)! - order.get(b)!;
  return { kept: kept.sort(bySite), leftOut: leftOut.sort(bySite), keptBytes: used, leftOutBytes: leftOut.reduce((sum, f) => sum + f.size, 0) };
}

/** One line for the build's log: what was left out of the precache, by rank, or null when nothing was. */
export function leftOutReport(leftOut: readonly PrecacheFile[], rankOf: (url: string) => PrecacheRank, maxBytes: number): string | null {
  if (leftOut.length === 0) return null;
  const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
  const parts = precacheRanks
    .map((rank) => ({ rank, files: leftOut.filter((f) => rankOf(f.url) === rank) }))
    .filter((g) => g.files.length > 0)
    .map((g) => `${g.rank}: ${g.files.length} ${g.files.length === 1 ? 'file' : 'files'} (${kb(g.files.reduce((s, f) => s + f.size, 0))})`);
  return `precache kept within ${kb(maxBytes)}; left out, cached when first used: ${parts.join('; ')}`;
}
