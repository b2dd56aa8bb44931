/** Renders search results and the definition card as DOM: kind, number, title, landing heading and a highlighted excerpt. */
import type { Definition } from '../../lib/search/definitions';
import { KIND_LABEL } from '../../lib/search/filters';
import type { Segment } from '../../lib/search/highlight';
import type { Shown } from './find';

/** One result as a list item holding a link, in its section's colour. */
export function renderResult(item: Shown): HTMLLIElement {
  const { meta } = item.data;
  const li = document.createElement('li');
  const link = el('a', 'search-result hued');
  link.href = item.href;
  const hue = Number(meta['hue']);
  if (meta['hue'] && Number.isFinite(hue)) link.style.setProperty('--hue', String(hue));
  link.dataset['kind'] = meta['type'] ?? '';
  const head = el('span', 'result-head');
  head.append(el('span', 'result-kind', KIND_LABEL[meta['type'] ?? ''] ?? meta['type'] ?? 'Page'), ' ');
  head.append(el('span', 'result-title', meta['title'] ?? item.data.url));
  const where = el('span', 'result-place');
  if (meta['number']) where.append(el('span', 'num', meta['number']), ' ');
  const place = [meta['place']?.replace(/^[\d.]+\s+/, ''), item.heading].filter(Boolean).join(' › ');
  where.append(place || (meta['type'] === 'Glossary' ? 'Glossary' : ''));
  const excerpt = el('span', 'result-excerpt');
  excerpt.append(...segments(item.excerpt));
  link.append(head, where, excerpt);
  li.append(link);
  return li;
}

/** The definition card: term, short definition, and links to the term page and the article that explains it. */
export function renderDefinition(definition: Definition, idPrefix: string): HTMLElement {
  const card = el('section', 'search-definition');
  const id = `${idPrefix}-definition`;
  card.setAttribute('aria-labelledby', id);
  const kind = el('p', 'definition-kind', 'Definition');
  const term = el('p', 'definition-term');
  term.id = id;
  const termLink = el('a', '', definition.term);
  termLink.href = definition.href;
  term.append(termLink);
  const short = el('p', 'definition-short', definition.short);
  card.append(kind, term, short);
  if (definition.article) {
    const more = el('p', 'definition-article', 'Explained in ');
    const link = el('a', '', `${definition.article.number} ${definition.article.title}`.trim());
    link.href = definition.article.href;
    more.append(link);
    card.append(more);
  }
  return card;
}

/** Segments as text nodes and <mark> elements. */
function segments(list: Segment[]): Node[] {
  return list.map((s) => (s.mark ? el('mark', '', s.text) : document.createTextNode(s.text)));
}

/** A new element with an optional class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
