/** Loads Pagefind's own search API from the built index (`<base>pagefind/pagefind.js`) once, on first use, with the glossary's search terms and the places (chapters, sections, worksheets). */
import { parseDefinitions, type Definition } from '../../lib/search/definitions';
import { parsePlaces, type Place } from '../../lib/search/places';

/** A heading with an id inside a page, as Pagefind records it (location counts words). */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
/** The parts of a Pagefind result's data the search uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors?: PagefindAnchor[];
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
/** A filter as Pagefind takes it: one value, or a rule over several. */
export type PagefindFilter = string | { any?: string[]; all?: string[]; none?: string[] };
/** The Pagefind API as this site uses it. */
export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, PagefindFilter> }) => Promise<PagefindSearch | null>;
}

/**
 * Filters that keep every page. Naming a filter in a search is what makes Pagefind load that
 * filter's file, and loaded filters are what it counts; so each search names the three shown
 * filters and never the per-article number filter, which is loaded only for a number query.
 */
export const COUNTED_FILTERS: Record<string, PagefindFilter> = {
  type: { none: ['-'] },
  chapter: { none: ['-'] },
  section: { none: ['-'] },
};

let loading: Promise<Pagefind> | undefined;
let terms: Promise<Definition[]> | undefined;
let places: Promise<Place[]> | undefined;

/**
 * The Pagefind API for a site served at `base`; the index files are fetched from the same origin only.
 * `worker` runs Pagefind in its own thread (the search page, where a whole page of results must not
 * block the first paint); the header's panel keeps it on the main thread. The first call decides.
 */
export function loadPagefind(base: string, worker = false): Promise<Pagefind> {
  return (loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Articles are long and glossary entries short: soften Pagefind's preference for short pages.
    // Without the worker the header's few results cost no extra download and no message hop per call;
    // with it, decompressing the index and twenty pages, and the WebAssembly, leave the main thread free.
    await pagefind.options({ baseUrl: base, excerptLength: 22, ranking: { pageLength: 0.2 }, noWorker: !worker });
    await pagefind.init();
    return pagefind;
  })());
}

/** The glossary's definitions (`<base>search-terms.json`, a few KB), fetched once; none if it cannot be read. */
export function loadDefinitions(base: string): Promise<Definition[]> {
  return (terms ??= loadList(`${base}search-terms.json`, parseDefinitions));
}

/** The chapters, sections and worksheets (`<base>search-places.json`, a few KB), fetched once; none if it cannot be read. */
export function loadPlaces(base: string): Promise<Place[]> {
  return (places ??= loadList(`${base}search-places.json`, parsePlaces));
}

/** A build-time JSON list at `url`, its rows checked by `parse`; empty if it cannot be fetched or read. */
function loadList<T>(url: string, parse: (raw: unknown) => T[]): Promise<T[]> {
  return fetch(url)
    .then((response) => (response.ok ? response.json() : []))
    .then(parse, () => []);
}
