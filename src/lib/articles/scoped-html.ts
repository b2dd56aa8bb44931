/**
 * Several articles on one page (the section and chapter booklets): each article's rendered HTML
 * gets its ids prefixed, the references to them rewritten, and its headings moved down below the
 * booklet's own, so ids stay unique per page and in-article links keep working.
 *
 * Works on the HTML Astro renders (double-quoted attributes); text is escaped there, so a `<`
 * only ever starts a tag.
 */

/** How to fit one article's HTML into a page that holds several. */
export interface ScopeOptions {
  /** Put before every id of the fragment, joined with `--` (for example the article's id). */
  prefix: string;
  /** Levels to move every heading down (h2 → h3 with 1); capped at h6. */
  demote?: number;
}

/** Attributes that hold one id reference, or a space-separated list of them. */
const ID_LISTS = new Set(['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns', 'aria-details', 'aria-flowto', 'for', 'headers', 'list', 'form']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'=<>/]+(?:\s*=\s*"[^"]*")?)*)\s*(\/?)>/g;
const ATTR = /([^\s"'=<>/]+)(?:\s*=\s*"([^"]*)")?/g;

/** The id a fragment's `id` would get in the page: `prefix--id`. */
export const scopedId = (prefix: string, id: string): string => `${prefix}--${id}`;

/** Every id an HTML fragment defines, in order. */
export function idsIn(html: string): string[] {
  const ids: string[] = [];
  for (const tag of html.matchAll(TAG)) {
    if (tag[1]) continue;
    for (const attr of (tag[3] ?? '').matchAll(ATTR)) if (attr[1]?.toLowerCase() === 'id' && attr[2]) ids.push(attr[2]);
  }
  return ids;
}

/**
 * Prefixes the ids an HTML fragment defines and every reference to them inside it (`href="#id"`,
 * `aria-describedby`, `for` …), and demotes its headings. References to ids the fragment does not
 * define (the page's own, or other pages') are left alone.
 */
export function scopeHtml(html: string, { prefix, demote = 0 }: ScopeOptions): string {
  const own = new Set(idsIn(html));
  const rename = (id: string) => (own.has(id) ? scopedId(prefix, id) : id);
  return html.replace(TAG, (whole, close: string, name: string, attrs: string, selfClose: string) => {
    const heading = /^h([1-6])$/i.exec(name);
    const tagName = heading && demote > 0 ? `h${Math.min(6, Number(heading[1]) + demote)}` : name;
    if (close) return `</${tagName}>`;
    const rewritten = attrs.replace(ATTR, (pair, attr: string, value: string | undefined) => {
      if (value === undefined) return pair;
      const key = attr.toLowerCase();
      if (key === 'id') return `${attr}="${rename(value)}"`;
      if (key === 'href' && value.startsWith('#') && value.length > 1) return `${attr}="#${rename(value.slice(1))}"`;
      if (ID_LISTS.has(key)) return `${attr}="${value.split(/\s+/).filter(Boolean).map(rename).join(' ')}"`;
      return pair;
    });
    return tagName === name && rewritten === attrs ? whole : `<${tagName}${rewritten}${selfClose ? ' /' : ''}>`;
  });
}
