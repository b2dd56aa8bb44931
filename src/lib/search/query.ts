/**
 * Search state and messages: the URL of a search, article-number queries and the sentence the
 * live region announces. Ranking is in rank.ts, highlights in highlight.ts,
 * landing passages in passage.ts, definitions in definitions.ts. Pure.
 */
import { parseArticleNumber } from '../atlas/number';
import { FILTER_NAMES, type FilterName } from './filters';

export { FILTER_NAMES, type FilterName };
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

/** True when the search asks for something: words or at least one filter. */
export function isActive(state: SearchState): boolean {
  return state.query.trim() !== '' || FILTER_NAMES.some((name) => Boolean(state.filters[name]));
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
