/**
 * The route page (src/pages/routes/index.astro). With `?r=<code>`: checks the code, draws the
 * route as its own line with the reader's progress on it, and offers save, print and "continue";
 * a link that cannot be trusted gets the decoder's message instead. Without: lists "Your routes".
 * Reads only what the page carries and this browser holds, so it works offline.
 */
import { base } from 'astro:config/client';
import { pagesCacheName } from '../../lib/site/offline-cache';
import { isRead, readProgress, type ReadingProgress } from '../../lib/reading-progress/progress';
import { PROGRESS_KEY } from '../../lib/reading-progress/keys';
import { byNumber, type RouteArticle } from '../../lib/routes/route-articles';
import { decodeRoute, routePath, type Route } from '../../lib/routes/route-link';
import { routeProgress, routeProgressLabel, routeTitle } from '../../lib/routes/route-plan';
import { isSaved, openSavedRoutes, removeRoute, saveRoute } from '../../lib/routes/saved-routes';
import { withBase } from '../../lib/atlas/urls';
import { counted } from '../../lib/site/plural';

const page = document.querySelector<HTMLElement>('[data-route-page]')!;
const slot = <T extends HTMLElement = HTMLElement>(name: string) => page.querySelector<T>(`[data-${name}]`)!;
const articles = byNumber(JSON.parse(document.getElementById('route-articles')!.textContent!) as RouteArticle[]);
const known = new Set(articles.keys());
const link = (path: string) => withBase(base, path);
const code = new URLSearchParams(location.search).get('r');

function readSoFar(): ReadingProgress {
  try {
    return readProgress(localStorage.getItem(PROGRESS_KEY)).progress;
  } catch {
    return {};
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function stopItem(article: RouteArticle, index: number): HTMLLIElement {
  const item = el('li', 'stop-item route-stop');
  const to = el('a', 'stop');
  to.href = link(article.path);
  to.dataset['articleId'] = article.id;
  const title = el('span', 'stop-title');
  title.append(el('span', 'route-stop-number num', article.number), ` ${article.title}`);
  const dot = el('span', 'stop-dot num', String(index + 1));
  dot.ariaHidden = 'true';
  to.append(dot, title);
  const section = el('p', 'route-stop-section hued');
  section.style.setProperty('--hue', String(article.section.hue));
  section.append(el('span', 'route-stop-line num', article.section.number), ` ${article.section.title}`);
  item.append(to, el('p', 'route-stop-summary', article.summary), section);
  return item;
}

/** Marks read stops and fills "3 of 5 read" and the continue link; run again whenever the reader comes back. */
function showProgress(route: Route): void {
  const done = readSoFar();
  const stops = route.stops.map((n) => articles.get(n)!);
  for (const a of slot('route-line').querySelectorAll<HTMLAnchorElement>('a[data-article-id]')) a.classList.toggle('is-read', isRead(done, a.dataset['articleId']!));
  const { read, total, next } = routeProgress(stops.map((a) => a.id), (id) => isRead(done, id));
  slot('route-progress').textContent = routeProgressLabel(read, total);
  const box = slot('route-continue');
  if (next === null) return void (box.textContent = 'You have read every stop on this route.');
  const target = stops[next]!;
  const to = el('a', 'route-continue-link');
  to.href = link(target.path);
  to.append(`${read === 0 ? 'Start' : 'Continue'}: `, el('span', 'num', target.number), ` ${target.title}`);
  box.replaceChildren(to);
}

function showSaveButton(saved: boolean): void {
  slot('route-save').textContent = saved ? 'Remove from Your routes' : 'Save to Your routes';
}

/** Keeps the route's article pages on this device too, where a service worker runs; says how that went. */
async function keepOffline(route: Route): Promise<string> {
  if (!('caches' in window) || !navigator.serviceWorker?.controller) return '';
  const pages = route.stops.map((n) => link(articles.get(n)!.path));
  try {
    const found = await Promise.all(pages.map(async (p) => (await caches.match(p)) ?? caches.match(`${p}index.html`, { ignoreSearch: true })));
    await (await caches.open(pagesCacheName(base))).addAll(pages.filter((_, i) => !found[i]));
    return ` Its ${pages.length} articles are kept on this device too.`;
  } catch {
    return ' Some of its articles could not be kept for offline reading yet: they are kept as you read them.';
  }
}

function showRoute(code: string, route: Route): void {
  const stops = route.stops.map((n) => articles.get(n)!);
  slot('route-eyebrow').textContent = `Route · ${counted(stops.length, 'stop')}`;
  slot('route-title').textContent = routeTitle(route.name, stops.length);
  document.title = `${routeTitle(route.name, stops.length)} · Customer Atlas`;
  const note = slot('route-note');
  note.textContent = route.note;
  note.hidden = route.note === '';
  slot('route-line').replaceChildren(...stops.map(stopItem));
  showProgress(route);
  showSaveButton(isSaved(localStorage, code, Date.now()));
  slot('route-save').onclick = async () => {
    const say = slot('route-saved');
    if (isSaved(localStorage, code, Date.now())) {
      say.textContent = removeRoute(localStorage, code, Date.now()) ? 'Removed from Your routes.' : 'This browser would not let the change be saved.';
    } else if (saveRoute(localStorage, code, Date.now())) {
      say.textContent = 'Saved: it is listed in Your routes and opens offline in this browser.';
      say.textContent += await keepOffline(route);
    } else {
      say.textContent = 'This route could not be saved: this browser keeps no data for the site, or Your routes is full.';
    }
    showSaveButton(isSaved(localStorage, code, Date.now()));
  };
  slot('route-print').onclick = () => print();
  slot('route-one').hidden = false;
  slot('route-list').hidden = true;
  // Back from an article (or another tab): the progress may have moved on.
  addEventListener('pageshow', () => showProgress(route));
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && showProgress(route));
}

function showProblem(message: string): void {
  slot('route-title').textContent = 'This route cannot be opened';
  slot('route-problem-message').textContent = message;
  slot('route-problem').hidden = false;
  slot('route-list').hidden = true;
}

function showSaved(): void {
  const opened = openSavedRoutes(localStorage, Date.now());
  const done = readSoFar();
  const items = opened.routes.map(({ code: saved }) => {
    const item = el('li', 'saved-route route-ink');
    const result = decodeRoute(saved, known);
    if (result.ok) {
      const stops = result.route.stops.map((n) => articles.get(n)!);
      const { read, total } = routeProgress(stops.map((a) => a.id), (id) => isRead(done, id));
      const to = el('a', 'saved-route-title', routeTitle(result.route.name, total));
      to.href = link(routePath(saved));
      item.append(to, el('span', 'saved-route-meta num', `${counted(total, 'stop')} · ${routeProgressLabel(read, total)}`));
    } else {
      item.append(el('span', 'saved-route-title', 'A route this site can no longer open'), el('span', 'saved-route-meta', result.message));
    }
    const remove = el('button', 'button saved-route-remove', 'Remove');
    remove.type = 'button';
    remove.setAttribute('aria-label', `Remove ${item.firstChild!.textContent} from Your routes`);
    remove.onclick = () => {
      removeRoute(localStorage, saved, Date.now());
      showSaved();
      slot('saved-note').textContent = 'Route removed.';
    };
    item.append(remove);
    return item;
  });
  slot('saved-routes').replaceChildren(...items);
  slot('saved-empty').hidden = items.length > 0;
  if (opened.keptAside) slot('saved-note').textContent = `Your saved routes could not be read (${opened.keptAside.problems[0]}), so the list starts afresh. The old data is kept in this browser under “${opened.keptAside.key}”.`;
}

if (code === null) showSaved();
else {
  const result = decodeRoute(code, known);
  if (result.ok) showRoute(code, result.route);
  else showProblem(result.message);
}
page.classList.add('is-ready');
