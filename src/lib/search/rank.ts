/**
 * Search ranking: what is sent to the index for a query, how the answers of the three searches
 * (number, quoted phrase, content words) merge, and how loaded pages order. Pure.
 */
import { parseArticleNumber } from '../atlas/number';
import { STOP_WORDS, contentWords, stemmer, words } from './words';

/**
 * The words sent to the index while someone types. A word of one or two letters at the end
 * ("contract te") waits for its third letter, and a lone first word for its second: a short
 * prefix matches (and downloads) a large part of the index for little gain. Once typing settles
 * (`settled`), every word is sent, so "sales hr" still finds "hr".
 */
export function searchableQuery(query: string, settled = false): string {
  const parts = query.trim().split(/\s+/).filter(Boolean);
  if (!settled) {
    if (parts.length > 1 && (parts.at(-1)?.length ?? 0) < 3) parts.pop();
    if (parts.length === 1 && parts[0]!.length < 2) parts.pop();
  }
  return parts.join(' ');
}

/** True when typing has to settle before every typed word is searched (see searchableQuery). */
export function waitsToSettle(query: string): boolean {
  return searchableQuery(query) !== searchableQuery(query, true);
}

/** The searches one query needs. */
export interface SearchPlan {
  /** The dotted article number asked for ("5.030104" → "5.03.01.04"), looked up through the number filter. */
  number: string | null;
  /** The plain search: content words only, so "of" and "the" never decide what matches. */
  words: string;
  /** The quoted phrase search across the whole index (two words or more), else null. */
  phrase: string | null;
}

/** Plans the searches for a typed query (all of it once typing has settled). */
export function searchPlan(query: string, settled = false): SearchPlan {
  const typed = searchableQuery(query, settled);
  const number = parseArticleNumber(query.trim());
  const all = words(typed);
  const content = contentWords(typed);
  // A phrase that ends in a stop word while someone types ("renewal for") is not finished yet.
  const unfinished = !settled && STOP_WORDS.has(all.at(-1) ?? '');
  return {
    number,
    words: number ? typed : content.length > 0 ? content.join(' ') : all.join(' '),
    phrase: !number && all.length >= 2 && !unfinished ? `"${all.join(' ')}"` : null,
  };
}

/** How many results to load and show: fewer for a query of one or two letters, whose matches are loose. */
export function resultsToLoad(searched: string, limit: number): number {
  return searched.trim().length < 3 ? Math.min(limit, 3) : limit;
}

/** True when `phrase` (a word list) occurs in `have` as consecutive words. */
function containsRun(have: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > have.length) return false;
  outer: for (let i = 0; i + phrase.length <= have.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (have[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * How well a text matches a query: 2 = the whole phrase of two or more words, 1 = every content
 * word (or a form of it: "kickers" for "kicker"), 0 = less. Stop words alone never reach 1.
 */
export function phraseMatch(query: string, text: string): 0 | 1 | 2 {
  const wanted = words(query);
  if (wanted.length === 0) return 0;
  const have = words(text);
  if (wanted.length >= 2 && containsRun(have, wanted)) return 2;
  const content = contentWords(query);
  if (content.length === 0) return 0;
  // Each distinct word is stemmed once: a page repeats most of its words many times.
  const stem = stemmer();
  const stems = new Set(have.map(stem));
  return content.every((w) => stems.has(stem(w))) ? 1 : 0;
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
  /** The quoted phrase search found this page (whole index). */
  phrase?: boolean | undefined;
  /** phraseMatch(query, text), when the caller has worked it out already (page by page, as pages arrive). */
  match?: 0 | 1 | 2 | undefined;
}

/**
 * Orders loaded hits: pages with the whole phrase, then pages with every content word, then the
 * rest; among equals articles before worksheets, sections and definitions; otherwise the order
 * given (a stable sort).
 */
export function rankHits<T>(query: string, hits: RankableHit<T>[]): T[] {
  const typeRank = (type?: string) => {
    const at = TYPE_ORDER.indexOf(type as (typeof TYPE_ORDER)[number]);
    return at < 0 ? TYPE_ORDER.length : at;
  };
  return hits
    .map((h, i) => ({ ...h, i, score: h.phrase ? 2 : (h.match ?? phraseMatch(query, h.text)), rank: typeRank(h.type) }))
    .sort((a, b) => b.score - a.score || a.rank - b.rank || a.i - b.i)
    .map((h) => h.hit);
}

/**
 * One list from the three searches, each page once: the number's article, then every page with
 * the whole phrase (in the plain search's order of relevance, since the phrase search does not
 * rank), then the plain search's pages.
 */
export function mergeHits<H extends { id: string }>(found: { number?: H[] | undefined; phrase?: H[] | undefined; words?: H[] | undefined }): H[] {
  const plain = found.words ?? [];
  const relevance = new Map(plain.map((h, i) => [h.id, i]));
  const phrase = (found.phrase ?? [])
    .map((h, i) => ({ h, i, r: relevance.get(h.id) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.h);
  const seen = new Set<string>();
  return [...(found.number ?? []), ...phrase, ...plain].filter((h) => !seen.has(h.id) && Boolean(seen.add(h.id)));
}
