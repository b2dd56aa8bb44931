/**
 * Definitions first: when a query names a glossary term, one of its aliases or its abbreviation,
 * search opens with the term's definition. The keys are built at build time; the browser only
 * compares the query's key with them. Pure.
 */
import { isText, stem, words } from './words';

/** What the browser gets for one glossary entry (search-terms.json). */
export interface Definition {
  term: string;
  short: string;
  /** The term's own page. */
  href: string;
  /** The article that explains the term. */
  article?: { title: string; number: string; href: string } | undefined;
  /** Query keys that name the term (see `definitionKey`). */
  keys: string[];
}

/** Words a query may start with that do not change what it names ("a tire kicker", "the incumbent"). */
const LEADING = new Set(['a', 'an', 'the', 'what', 'is', 'define', 'meaning', 'of']);

/** A comparable key for a name or a query: stemmed words, a leading "a"/"the"/"what is" dropped. */
export function definitionKey(text: string): string {
  const list = words(text);
  while (list.length > 1 && LEADING.has(list[0]!)) list.shift();
  return list.map(stem).join(' ');
}

/**
 * Every key a glossary entry answers to: the term, the term without its bracketed abbreviation,
 * the abbreviation (also with its slashes or dots dropped: "R/F/M" → "rfm") and each alias.
 */
export function definitionKeys(term: string, aliases: readonly string[] = []): string[] {
  const names = [term, ...aliases];
  const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(term);
  if (bracket) {
    names.push(bracket[1]!, bracket[2]!, bracket[2]!.replace(/[^\p{L}\p{N}]+/gu, ''));
  }
  return [...new Set(names.map(definitionKey).filter(Boolean))];
}

/** The definition a query names, if any. */
export function matchDefinition(query: string, definitions: readonly Definition[]): Definition | undefined {
  const key = definitionKey(query);
  if (!key) return undefined;
  const compact = words(query).join('');
  return definitions.find((d) => d.keys.includes(key) || (compact.length <= 6 && d.keys.includes(compact)));
}


/**
 * The definitions from search-terms.json, each row checked; rows of the wrong shape are left
 * out rather than breaking search (the file is validated when it is built).
 */
export function parseDefinitions(input: unknown): Definition[] {
  if (!Array.isArray(input)) return [];
  return input.flatMap((row: unknown): Definition[] => {
    if (typeof row !== 'object' || row === null) return [];
    const r = row as Record<string, unknown>;
    if (!isText(r['term']) || !isText(r['short']) || !isText(r['href']) || !Array.isArray(r['keys'])) return [];
    const a = r['article'] as Record<string, unknown> | undefined;
    const article = a && isText(a['title']) && isText(a['href']) ? { title: a['title'], number: isText(a['number']) ? a['number'] : '', href: a['href'] } : undefined;
    return [{ term: r['term'], short: r['short'], href: r['href'], article, keys: r['keys'].filter(isText) }];
  });
}
