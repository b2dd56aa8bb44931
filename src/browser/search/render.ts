/** Renders search results, places and the definition card as DOM: kind, number, title, landing heading and a highlighted excerpt. */
import type { Definition } from '../../lib/search/definitions';
import { KIND_LABEL } from '../../lib/search/filters';
import type { Segment } from '../../lib/search/highlight';
import type { Place } from '../../lib/search/places';
import type { Shown } from './find';

/** What one row of the results shows. */
interface Row {
  href: string;
  kind: string;
  label: string;
  title: string;
  number?: string | undefined;
  where: string;
  hue?: number | undefined;
  excerpt: Node[];
}

/** One row as a list item holding a link, in its section's colour. */
function renderRow(row: Row): HTMLLIElement {
  const li = document.createElement('li');
  const link = el('a', 'search-result hued');
  link.href = row.href;
  if (row.hue !== undefined && Number.isFinite(row.hue)) link.style.setProperty('--hue', String(row.hue));
  link.dataset['kind'] = row.kind;
  const head = el('span', 'result-head');
  head.append(el('span', 'result-kind', row.label), ' ', el('span', 'result-title', row.title));
  const where = el('span', 'result-place');
  if (row.number) where.append(el('span', 'num', row.number), ' ');
  where.append(row.where);
  const excerpt = el('span', 'result-excerpt');
  excerpt.append(...row.excerpt);
  link.append(head, where, excerpt);
  li.append(link);
  return li;
}

/** One search result: kind, title, number, place and landing heading, and the highlighted excerpt. */
export function renderResult(item: Shown): HTMLLIElement {
  const { meta } = item.data;
  const type = meta['type'] ?? '';
  const place = [meta['place']?.replace(/^[\d.]+\s+/, ''), item.heading].filter(Boolean).join(' › ');
  return renderRow({
    href: item.href,
    kind: type,
    label: KIND_LABEL[type] ?? (type || 'Page'),
    title: meta['title'] ?? item.data.url,
    number: meta['number'],
    where: place || (type === 'Glossary' ? 'Glossary' : ''),
    hue: meta['hue'] ? Number(meta['hue']) : undefined,
    excerpt: segments(item.excerpt),
  });
}

/** One place offered for a first letter: kind, title, number, where it sits and its summary. */
export function renderPlace(place: Place): HTMLLIElement {
  return renderRow({
    href: place.href,
    kind: place.kind,
    label: place.kind,
    title: place.title,
    number: place.number,
    where: place.within,
    hue: place.hue,
    excerpt: [document.createTextNode(place.summary)],
  });
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
