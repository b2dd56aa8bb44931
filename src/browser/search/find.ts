/**
 * One search, start to finish: plans the searches (number, quoted phrase, content words), runs
 * them together, merges and ranks the pages, loads only the ones shown and picks for each its
 * landing heading and a highlighted excerpt. The decisions are in src/lib; this file calls Pagefind.
 */
import { matchDefinition, type Definition } from '../../lib/search/definitions';
import { excerptAround, bestPassage, type PageHeading } from '../../lib/search/passage';
import { markText, type Segment } from '../../lib/search/highlight';
import { mergeHits, phraseMatch, rankHits, resultsToLoad, searchPlan, searchableQuery } from '../../lib/search/rank';
import { words } from '../../lib/search/words';
import type { SearchState } from '../../lib/search/query';
import { COUNTED_FILTERS, type Pagefind, type PagefindFilter, type PagefindResultData, type PagefindSearch } from './pagefind-client';

/** A result as shown: where it links, the heading it lands on and the excerpt's segments. */
export interface Shown {
  data: PagefindResultData;
  href: string;
  heading?: string | undefined;
  excerpt: Segment[];
}

/** What a search found. */
export interface Found {
  items: Shown[];
  total: number;
  filters: PagefindSearch['filters'] | undefined;
  definition: Definition | undefined;
}

/** How many words an excerpt shows. */
const EXCERPT_WORDS = 26;

/** Searches (all typed words when `settled`), then loads result data only if no newer search has shown its results meanwhile. */
export async function find(
  pagefind: Pagefind,
  definitions: Promise<Definition[]>,
  state: SearchState,
  { limit, settled, counting }: { limit: number; settled: boolean; counting: boolean },
  stale: () => boolean,
): Promise<Found | null> {
  const chosen = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v)) as Record<string, string>;
  // Filter counts cost a download per filter: asked for only while filters are on show.
  const filters: Record<string, PagefindFilter> = { ...(counting ? COUNTED_FILTERS : {}), ...chosen };
  const plan = searchPlan(state.query, settled);
  const shownMax = !state.query || plan.number ? limit : resultsToLoad(searchableQuery(state.query, settled), limit);
  const searches = Promise.all([
    plan.number ? pagefind.search(null, { filters: { ...filters, number: plan.number } }) : null,
    plan.phrase ? pagefind.search(plan.phrase, { filters }) : null,
    pagefind.search(state.query ? plan.words : null, { filters }),
  ]);
  // The definitions file is tiny and loads alongside Pagefind, so it is normally here already.
  const definition = plan.number || !state.query ? undefined : matchDefinition(state.query, await definitions);
  // A term typed by abbreviation or alias ("CLV") also finds the pages that spell it out.
  const named = definition ? termPhrase(definition.term) : null;
  const byTerm = named && named !== plan.phrase ? await pagefind.search(named, { filters }) : null;
  const [byNumber, byPhrase, byWords] = await searches;
  if (stale()) return null;
  const phraseHits = [...(byPhrase?.results ?? []), ...(byTerm?.results ?? [])];
  const hits = mergeHits({ number: byNumber?.results, phrase: phraseHits, words: byWords?.results });
  const phraseIds = new Set(phraseHits.map((h) => h.id));
  // Only the pages shown are loaded (one small fragment each); one more in case the definition's own page is among them.
  const top = hits.slice(0, shownMax + (definition ? 1 : 0));
  const query = plan.number ? '' : state.query;
  // Each page is weighed and cut to its excerpt as it arrives, in the task that brought it, so twenty
  // pages never make one long task that holds up the first paint or the typing.
  const loaded = await Promise.all(
    top.map(async (hit) => {
      const data = await hit.data();
      const phrase = phraseIds.has(hit.id);
      return { hit, data, phrase, match: plan.number || phrase ? 0 : phraseMatch(state.query, data.content), shown: shown(data, query) };
    }),
  );
  if (stale()) return null;
  const kept = loaded.filter(({ data }) => !definition || !samePage(data.url, definition.href));
  const ranked = plan.number
    ? kept
    : rankHits(state.query, kept.map((k) => ({ hit: k, text: k.data.content, type: k.data.meta['type'], phrase: k.phrase, match: k.match })));
  return {
    items: ranked.slice(0, shownMax).map((k) => k.shown),
    total: hits.length,
    filters: byWords?.filters,
    definition,
  };
}

/** A loaded page as shown for a query: its landing heading and excerpt. */
function shown(data: PagefindResultData, query: string): Shown {
  const headings: PageHeading[] = (data.anchors ?? [])
    .filter((a) => /^h[2-6]$/i.test(a.element) && a.id && a.text)
    .map((a) => ({ id: a.id, title: a.text ?? '', location: a.location }));
  const passage = bestPassage(data.content, query ? headings : [], query);
  const text = excerptAround(data.content, passage.at, passage.length, EXCERPT_WORDS);
  return {
    data,
    href: passage.heading ? `${data.url}#${passage.heading.id}` : data.url,
    heading: passage.heading?.title,
    excerpt: markText(text, query),
  };
}

/** A term's name without its bracketed abbreviation, as a quoted phrase search ("Customer lifetime value (CLV)" → "customer lifetime value"). */
function termPhrase(term: string): string | null {
  const name = words(term.replace(/\([^)]*\)/g, ' '));
  return name.length > 0 ? `"${name.join(' ')}"` : null;
}

/** True when two links name the same page (trailing slash and hash aside). */
function samePage(a: string, b: string): boolean {
  const path = (u: string) => u.replace(/[#?].*$/, '').replace(/\/?$/, '/');
  return path(a) === path(b);
}
