/** Loads Pagefind's own search API from the built index (`<base>pagefind/pagefind.js`) once, on first use. */

/** The parts of a Pagefind result's data the search uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string; locations?: number[] }[];
}
/** One Pagefind hit, its data loaded on demand. */
export interface PagefindHit {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
/** Pagefind's answer to a search. */
export interface PagefindSearch {
  results: PagefindHit[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
/** The Pagefind API as this site uses it. */
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (query: string) => Promise<void>;
}

let loading: Promise<Pagefind> | undefined;
/** Settles once Pagefind's filter index is loaded (searches before that report no filter counts). */
export let filtersLoaded: Promise<void> = Promise.resolve();

/** The Pagefind API for a site served at `base`; the index files are fetched from the same origin only. */
export function loadPagefind(base: string): Promise<Pagefind> {
  return (loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Articles are long and glossary entries short: soften Pagefind's preference for short pages.
    // noWorker: the index is small enough for the main thread, which saves the worker's download and a message hop per call.
    await pagefind.options({ baseUrl: base, excerptLength: 22, ranking: { pageLength: 0.2 }, noWorker: true });
    await pagefind.init();
    // Searches report filter counts once the filter index is loaded; it loads alongside the first search.
    filtersLoaded = pagefind.filters().then(() => undefined);
    return pagefind;
  })());
}
