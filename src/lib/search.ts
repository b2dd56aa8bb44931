/** Search helpers: URL state, article-number queries, filter options, messages and phrase-aware ranking. Pure. */
import { parseArticleNumber } from './atlas-number';

/** The filters people can pick, in the order they are shown. */
export const FILTER_NAMES = ['type', 'chapter', 'section'] as const;
/** One of the filter names. */
export type FilterName = (typeof FILTER_NAMES)[number];
/** What is being searched: the words typed and the filters chosen. */
export interface SearchState {
  query: string;
  filters: Partial<Record<FilterName, string>>;
}

/** Reads a search from a URL's query string (`?q=veto&type=Article`). */
export function readSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** Writes a search as a query string, empty parts left out, so it can be bookmarked and shared. */
export function writeSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The dotted article number a query asks for ("5.030104" → "5.03.01.04"), or null. */
export function articleNumberQuery(query: string): string | null {
  return parseArticleNumber(query);
}

/**
 * The words sent to the index while someone types: a last word of one letter after other words
 * ("contract t") is left out until it has two, since a one-letter prefix matches (and downloads)
 * a large part of the index for little gain. A first letter alone is searched: it shows results
 * soonest while the rest is typed.
 */
export function searchableQuery(query: string): string {
  const parts = query.trim().split(/\s+/).filter(Boolean);
  if (parts.length > 1 && (parts.at(-1)?.length ?? 0) < 2) parts.pop();
  return parts.join(' ');
}

/** True when the search asks for something: words or at least one filter. */
export function isActive(state: SearchState): boolean {
  return state.query.trim() !== '' || FILTER_NAMES.some((name) => Boolean(state.filters[name]));
}

/** One choice in a filter list. */
export interface FilterOption {
  value: string;
  count: number;
}

/** Filter values with their counts in reading order (atlas numbers numerically), the selected one always kept. */
export function filterOptions(counts: Record<string, number> | undefined, selected?: string): FilterOption[] {
  const options = Object.entries(counts ?? {}).map(([value, count]) => ({ value, count }));
  if (selected && !options.some((o) => o.value === selected)) options.push({ value: selected, count: 0 });
  return options.sort((a, b) => a.value.localeCompare(b.value, 'en', { numeric: true }));
}

/** The sentence announced after a search, e.g. `3 results for “veto”`. */
export function resultMessage(count: number, state: SearchState): string {
  const filtered = FILTER_NAMES.some((name) => state.filters[name]);
  const what = state.query ? ` for “${state.query}”` : '';
  const where = filtered ? ' with these filters' : '';
  if (count === 0) {
    return `No results${what}${where}. Try fewer or different words${filtered ? ', or remove a filter' : ''}.`;
  }
  return `${count} ${count === 1 ? 'result' : 'results'}${what}${where}.`;
}

/** Lower-case words of a text, punctuation dropped. */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** How well a text matches a multi-word query: 2 = the whole phrase, 1 = every word somewhere, 0 = less. */
export function phraseMatch(query: string, text: string): 0 | 1 | 2 {
  const wanted = words(query);
  if (wanted.length === 0) return 0;
  const have = words(text);
  const joined = ` ${have.join(' ')} `;
  if (joined.includes(` ${wanted.join(' ')} `)) return 2;
  const set = new Set(have);
  return wanted.every((w) => set.has(w)) ? 1 : 0;
}

/** Result types in the order a reader wants them when they match equally: full treatment before definition. */
export const TYPE_ORDER = ['Article', 'Worksheet', 'Section', 'Glossary'] as const;

/** A search hit with what ranking needs to know about it. */
export interface RankableHit<T> {
  hit: T;
  /** The page's indexed text. */
  text: string;
  /** The page type as shown (Article, Worksheet, Section, Glossary). */
  type?: string | undefined;
}

/**
 * Re-orders search hits: pages holding a multi-word query as a whole phrase come before pages
 * with the words scattered; among equal matches articles come before worksheets, sections and
 * glossary definitions; otherwise Pagefind's own order is kept (a stable sort).
 */
export function rankHits<T>(query: string, hits: RankableHit<T>[]): T[] {
  const phrase = words(query).length >= 2;
  const typeRank = (type?: string) => {
    const at = TYPE_ORDER.indexOf(type as (typeof TYPE_ORDER)[number]);
    return at < 0 ? TYPE_ORDER.length : at;
  };
  return hits
    .map((h, i) => ({ ...h, i, score: phrase ? phraseMatch(query, h.text) : 0, rank: typeRank(h.type) }))
    .sort((a, b) => b.score - a.score || a.rank - b.rank || a.i - b.i)
    .map((h) => h.hit);
}
