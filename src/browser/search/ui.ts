/**
 * The search interface, loaded on first use: a results panel under the header field and the
 * full /search/ page. Pagefind finds; src/lib decides order, highlights, landing, definitions,
 * filters, URL state and messages.
 */
import { isActive, readSearchParams, resultMessage, writeSearchParams, type SearchState } from '../../lib/search/query';
import { searchableQuery, waitsToSettle } from '../../lib/search/rank';
import { panelBox, type GridEdges } from '../../lib/search/panel-box';
import { find } from './find';
import { renderFilters } from './filter-bar';
import { asksForPlaces, matchPlaces, placesMessage } from '../../lib/search/places';
import { loadDefinitions, loadPagefind, loadPlaces, COUNTED_FILTERS, type Pagefind } from './pagefind-client';
import { el, renderDefinition, renderPlace, renderResult } from './render';
import { keyboard } from './keyboard';

/** How long typing must pause before a short last word is searched too, in ms. */
const SETTLE_MS = 350;
/** Results drawn in the first task: more than a phone's screen holds, all of the header panel's. */
const FIRST_RESULTS = 6;

/** Lets the browser paint and handle input before the work that follows. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** The content box of the header's grid row, so the panel never runs past the page's content. */
function gridEdges(form: HTMLElement): GridEdges | undefined {
  const inner = form.closest<HTMLElement>('.header-inner');
  if (!inner) return undefined;
  const box = inner.getBoundingClientRect();
  const style = getComputedStyle(inner);
  return { left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight) };
}

/** Everything one search UI instance needs. */
interface View {
  root: HTMLElement;
  input: HTMLInputElement;
  base: string;
  pageSize: number;
  /** Offer a link to the full search page when there are more results than shown. */
  moreLink?: boolean;
  /**
   * Filters behind one "Filter" button (the header panel): their counts are fetched only once it
   * is pressed, so a first query downloads no filter index. Otherwise filters show at once.
   */
  filterButton?: boolean;
  /** Answer a lone first letter with the chapters, sections and worksheets it starts (the header panel). */
  places?: boolean;
  /** Run Pagefind in a worker (see loadPagefind). */
  worker?: boolean;
  onState?: (state: SearchState) => void;
}

/** Attaches the results panel to the header search field. */
export function attachHeaderSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const base = form.dataset['base'] ?? '/';
  const panel = el('div', 'search-panel');
  panel.id = 'site-search-panel';
  panel.hidden = true;
  form.append(panel);
  input.setAttribute('aria-controls', panel.id);
  const search = createSearch({ root: panel, input, base, pageSize: 5, moreLink: true, filterButton: true, places: true });
  // The panel is placed in the window under the field, inside the header's content grid, whatever the header's layout.
  const place = () => {
    if (panel.hidden) return;
    const box = panelBox(input.getBoundingClientRect(), { width: document.documentElement.clientWidth, height: window.innerHeight }, gridEdges(form));
    panel.style.setProperty('--panel-top', `${box.top}px`);
    panel.style.setProperty('--panel-left', `${box.left}px`);
    panel.style.setProperty('--panel-width', `${box.width}px`);
    panel.style.setProperty('--panel-max-height', `${box.maxHeight}px`);
  };
  const open = (show: boolean) => {
    panel.hidden = !show;
    place();
  };
  addEventListener('resize', place);
  addEventListener('scroll', place, { passive: true });
  // Escape closes the panel and puts focus back in the field, which must not reopen it.
  let closing = false;
  const run = () => {
    if (closing) return;
    open(true);
    void search.run();
  };
  input.addEventListener('input', run);
  input.addEventListener('focus', run);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      open(false);
      closing = true;
      input.focus();
      closing = false;
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) open(false);
  });
  form.addEventListener('focusout', (event) => {
    if (event.relatedTarget && !form.contains(event.relatedTarget as Node)) open(false);
  });
  if (document.activeElement === input) run();
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
    worker: true,
    onState: (state) => history.replaceState(null, '', `${location.pathname}${writeSearchParams(state)}`),
  };
  const search = createSearch(view, initial.filters);
  // The box held for the URL's results (see search.astro) is let go once the reader searches anew.
  const release = () => root.removeAttribute('data-pending');
  input.addEventListener('input', () => {
    release();
    void search.run();
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    release();
    void search.run(true);
  });
  void search.run(true);
}

function createSearch(view: View, initialFilters: SearchState['filters'] = {}) {
  const { root, input } = view;
  const idPrefix = root.id || 'search';
  root.replaceChildren();
  const head = el('div', 'search-head');
  const status = el('p', 'search-status');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const filterBar = el('div', 'search-filters');
  filterBar.id = `${idPrefix}-filters`;
  filterBar.hidden = true;
  const headRow = el('div', 'search-head-row');
  headRow.append(status);
  let counting = !view.filterButton;
  const toggle = el('button', 'search-filter-toggle', 'Filter');
  toggle.type = 'button';
  toggle.hidden = true;
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', filterBar.id);
  toggle.addEventListener('click', () => {
    counting = !counting;
    toggle.setAttribute('aria-expanded', String(counting));
    if (!counting) filterBar.hidden = true;
    void run(true);
  });
  if (view.filterButton) headRow.append(toggle);
  head.append(headRow, filterBar);
  const body = el('div', 'search-body');
  const card = el('div', 'search-definition-slot');
  const list = el('ol', 'search-results');
  list.setAttribute('aria-label', 'Search results');
  body.append(card, list);
  const more = el('a', 'search-more');
  more.hidden = true;
  root.append(head, body, more);
  const filters: SearchState['filters'] = { ...initialFilters };
  const definitions = loadDefinitions(view.base);
  // Each search gets a number. A search's results are shown unless a later search has already shown
  // its own: while someone types fast, slightly older results beat an empty panel.
  let generation = 0;
  let shownGeneration = 0;
  // While someone types, a short last word waits; when typing pauses, the whole query is searched.
  let settle: ReturnType<typeof setTimeout> | undefined;

  const pick = (name: keyof SearchState['filters'], value: string) => {
    if (value) filters[name] = value;
    else delete filters[name];
    void run();
  };
  keyboard(input, root);

  const showFilters = (counts: Parameters<typeof renderFilters>[1], selected: SearchState['filters']) => {
    toggle.hidden = !isActive({ query: input.value.trim(), filters: selected });
    if (counting) renderFilters(filterBar, counts, selected, idPrefix, pick);
    else filterBar.hidden = true;
  };

  async function run(settled = false): Promise<void> {
    const current: SearchState = { query: input.value.trim(), filters: { ...filters } };
    clearTimeout(settle);
    delete root.dataset['settling'];
    if (view.places && asksForPlaces(current.query) && !isActive({ query: '', filters: current.filters })) {
      // Without the places (offline before search was ever used) the letter waits, as any short word does.
      if (await showPlaces(current.query)) return;
    }
    if (!settled && waitsToSettle(current.query)) {
      root.dataset['settling'] = ''; // The wait is a state on the panel, which tests can read.
      settle = setTimeout(() => void run(true), SETTLE_MS);
      if (!searchableQuery(current.query) && !isActive({ query: '', filters: current.filters })) return;
    }
    const mine = ++generation;
    view.onState?.(current);
    let pagefind: Pagefind;
    try {
      pagefind = await loadPagefind(view.base, view.worker);
    } catch {
      status.textContent = 'Search is not available: the search index was not found. Build the site with npm run build.';
      return;
    }
    if (!isActive(current)) {
      const all = counting ? await pagefind.search(null, { filters: COUNTED_FILTERS }) : null;
      if (mine !== generation) return;
      shownGeneration = mine;
      showFilters(all?.filters, current.filters);
      card.replaceChildren();
      list.replaceChildren();
      more.hidden = true;
      status.textContent = counting ? 'Type to search, or pick a filter to list its pages.' : 'Type to search.';
      return;
    }
    const found = await find(pagefind, definitions, current, { limit: view.pageSize, settled, counting }, () => shownGeneration > mine);
    if (!found || shownGeneration > mine) return;
    shownGeneration = mine;
    showFilters(found.filters, current.filters);
    card.replaceChildren(...(found.definition ? [renderDefinition(found.definition, idPrefix)] : []));
    // A screenful first; the rest of a long page in a later task, so neither paint waits on the other.
    list.replaceChildren(...found.items.slice(0, FIRST_RESULTS).map((item) => renderResult(item)));
    if (found.items.length > FIRST_RESULTS) {
      await nextTask();
      if (shownGeneration !== mine) return;
      list.append(...found.items.slice(FIRST_RESULTS).map((item) => renderResult(item)));
    }
    status.textContent = resultMessage(found.total, current);
    more.hidden = !view.moreLink || found.total <= found.items.length + (found.definition ? 1 : 0);
    more.href = `${view.base}search/${writeSearchParams(current)}`;
    more.textContent = `See all ${found.total} results`;
  }
  /** A lone first letter: the places it starts, at once, from the small places file (no full-text search). False when there are none to read. */
  async function showPlaces(query: string): Promise<boolean> {
    const mine = ++generation;
    const all = await loadPlaces(view.base);
    if (all.length === 0) return false;
    if (shownGeneration > mine) return true;
    shownGeneration = mine;
    const found = matchPlaces(query, all, view.pageSize);
    toggle.hidden = true;
    filterBar.hidden = true;
    card.replaceChildren();
    list.replaceChildren(...found.places.map(renderPlace));
    status.textContent = placesMessage(found.total, query);
    more.hidden = true;
    return true;
  }

  return { run };
}
