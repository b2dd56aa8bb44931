/** Renders search results as DOM: number, title, place in the atlas, and an excerpt with the matched words marked. */
import type { PagefindResultData } from './pagefind-client';

/** A shown result. */
export interface Shown {
  data: PagefindResultData;
  href: string;
  heading?: string;
}

/** One result as a list item holding a link. */
export function renderResult(item: Shown): HTMLLIElement {
  const { meta } = item.data;
  const li = document.createElement('li');
  const link = el('a', 'search-result');
  link.href = item.href;
  const head = el('span', 'result-head');
  if (meta['number']) head.append(el('span', 'num', meta['number']), ' ');
  head.append(el('span', 'result-title', meta['title'] ?? item.data.url));
  const where = [meta['type'], meta['place']].filter(Boolean).join(' · ');
  const place = el('span', 'result-place', item.heading ? `${where} › ${item.heading}` : where);
  const excerpt = el('span', 'result-excerpt');
  excerpt.append(...markedText(item.data.excerpt));
  link.append(head, place, excerpt);
  li.append(link);
  return li;
}

/** Pagefind's excerpt HTML turned into text nodes and <mark> elements only. */
function markedText(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') return el('mark', '', node.textContent ?? '');
    return document.createTextNode(node.textContent ?? '');
  });
}

/** A new element with an optional class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
