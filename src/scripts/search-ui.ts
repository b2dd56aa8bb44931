/**
 * The search interface, loaded on first use: a results panel under the header field and the
 * full /search/ page. Pagefind finds; `src/lib/search.ts` decides order, URL state and messages.
 */
import {
  FILTER_NAMES,
  articleNumberQuery,
  filterOptions,
  isActive,
  rankHits,
  searchableQuery,
  readSearchParams,
  resultMessage,
  writeSearchParams,
  type FilterName,
  type SearchState,
} from '../lib/search';
import { filtersLoaded, loadPagefind, type Pagefind, type PagefindSearch } from './pagefind-client';
import { el, renderResult, type Shown } from './search-render';

const FILTER_LABELS: Record<FilterName, [string, string]> = {
  type: ['Type', 'All types'],
  chapter: ['Chapter', 'All chapters'],
  section: ['Section', 'All sections'],
};


/** Everything one search UI instance needs. */
interface View {
  root: HTMLElement;
  input: HTMLInputElement;
  base: string;
  pageSize: number;
  /** Offer a link to the full search page when there are more results than shown. */
  moreLink?: boolean;
  onState?: (state: SearchState) => void;
}

/** Attaches the results panel to the header search field. */
export function attachHeaderSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const base = form.dataset['base'] ?? '/';
  const panel = document.createElement('div');
  panel.className = 'search-panel';
  panel.id = 'site-search-panel';
  panel.hidden = true;
  form.append(panel);
  input.setAttribute('aria-controls', panel.id);
  const view: View = { root: panel, input, base, pageSize: 5, moreLink: true };
  const search = createSearch(view);
  const open = (show: boolean) => {
    panel.hidden = !show;
  };
  input.addEventListener('input', () => {
    open(true);
    search.run();
  });
  input.addEventListener('focus', () => {
    open(true);
    search.run();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      open(false);
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) open(false);
  });
  form.addEventListener('focusout', (event) => {
    if (event.relatedTarget && !form.contains(event.relatedTarget as Node)) open(false);
  });
  if (document.activeElement === input) {
    open(true);
    search.run();
  }
}

/** Attaches the full search page: reads ?q= and filters from the URL and keeps the URL in step. */
export function attachSearchPage(root: HTMLElement, input: HTMLInputElement, base: string): void {
  const initial = readSearchParams(new URLSearchParams(location.search));
  input.value = initial.query;
  const view: View = {
    root,
    input,
    base,
    pageSize: 20,
    onState: (state) => history.replaceState(null, '', `${location.pathname}${writeSearchParams(state)}`),
  };
  const search = createSearch(view, initial.filters);
  input.addEventListener('input', () => search.run());
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    search.run();
  });
  search.run();
}

function createSearch(view: View, initialFilters: SearchState['filters'] = {}) {
  const { root, input } = view;
  root.innerHTML = '';
  const filterBar = el('div', 'search-filters');
  const status = el('p', 'search-status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const list = el('ol', 'search-results');
  list.setAttribute('aria-label', 'Search results');
  const more = el('a', 'search-more');
  more.hidden = true;
  root.append(filterBar, status, list, more);
  const selects = new Map<FilterName, HTMLSelectElement>();
  for (const name of FILTER_NAMES) {
    const id = `${root.id || 'search'}-filter-${name}`;
    const label = el('label', '', FILTER_LABELS[name][0]);
    label.htmlFor = id;
    const select = document.createElement('select');
    select.id = id;
    select.dataset['filter'] = name;
    select.addEventListener('change', () => {
      if (select.value) filters[name] = select.value;
      else delete filters[name];
      void run();
    });
    selects.set(name, select);
    const wrap = el('div', 'search-filter');
    wrap.append(label, select);
    filterBar.append(wrap);
  }
  const filters: SearchState['filters'] = { ...initialFilters };
  // Each search gets a number. A search's results are shown unless a later search has already shown
  // its own: while someone types fast, slightly older results beat an empty panel.
  let generation = 0;
  let shownGeneration = 0;

  const state = (): SearchState => ({ query: input.value.trim(), filters: { ...filters } });

  const showFilters = (counts: PagefindSearch['filters'] | undefined, current: SearchState['filters']) => {
    for (const [name, select] of selects) {
      const selected = current[name] ?? '';
      const options = filterOptions(counts?.[name], selected || undefined);
      const total = options.reduce((n, o) => n + o.count, 0);
      select.replaceChildren(new Option(`${FILTER_LABELS[name][1]} (${total})`, ''));
      for (const o of options) select.append(new Option(`${o.value} (${o.count})`, o.value));
      select.value = selected;
    }
  };

  keyboard(view, root);

  async function run(): Promise<void> {
    const mine = ++generation;
    const current = state();
    view.onState?.(current);
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind(view.base);
    } catch {
      status.textContent = 'Search is not available: the search index was not found. Build the site with npm run build.';
      return;
    }
    if (!isActive(current)) {
      shownGeneration = mine;
      const totals = await pagefind.filters();
      if (mine !== generation) return;
      showFilters(totals, current.filters);
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type to search, or pick a filter to list its pages.';
      return;
    }
    const shown = await find(pagefind, current, view.pageSize, () => shownGeneration > mine);
    if (!shown || shownGeneration > mine) return;
    shownGeneration = mine;
    showFilters(shown.filters, current.filters);
    list.replaceChildren(...shown.items.map((item) => renderResult(item)));
    status.textContent = resultMessage(shown.total, current);
    more.hidden = !view.moreLink || shown.total <= shown.items.length;
    more.href = `${view.base}search/${writeSearchParams(current)}`;
    more.textContent = `See all ${shown.total} results, with filters`;
    if (Object.keys(shown.filters ?? {}).length === 0) {
      // The filter index was still loading: show the counts as soon as it is there.
      await filtersLoaded;
      if (mine === generation) void run();
    }
  }
  return { run };
}

/** Searches, then loads result data only if no newer search has shown its results meanwhile. */
async function find(pagefind: Pagefind, state: SearchState, limit: number, stale: () => boolean) {
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
  const number = articleNumberQuery(state.query);
  const words = searchableQuery(state.query);
  const [byNumber, byWords] = await Promise.all([
    number ? pagefind.search(null, { filters: { ...filters, number } }) : Promise.resolve(null),
    pagefind.search(words || null, { filters }),
  ]);
  if (stale()) return null;
  const hits = [...(byNumber?.results ?? []), ...(byWords?.results ?? [])].filter(
    (hit, i, all) => all.findIndex((h) => h.id === hit.id) === i,
  );
  // Only the hits shown are loaded (one small fragment each) and re-ranked among themselves.
  const top = await Promise.all(hits.slice(0, limit).map((h) => h.data()));
  const ranked = number ? top : rankHits(words, top.map((data) => ({ hit: data, text: data.content, type: data.meta['type'] })));
  const items: Shown[] = ranked.slice(0, limit).map((data) => {
    const sub = data.sub_results
      ?.filter((s) => s.url.includes('#') && s.title !== data.meta['title'])
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
    return sub && state.query ? { data, href: sub.url, heading: sub.title } : { data, href: data.url };
  });
  return { items, total: hits.length, filters: byWords?.filters };
}

function keyboard(view: View, root: HTMLElement): void {
  const links = () => [...root.querySelectorAll<HTMLAnchorElement>('.search-results a, a.search-more:not([hidden])')];
  view.input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0]!.focus();
    }
  });
  root.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const move = (to: number) => {
      event.preventDefault();
      if (to < 0) view.input.focus();
      else all[Math.min(to, all.length - 1)]!.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
  });
}
