/**
 * Where a result should open and what its excerpt shows: the heading whose part of the page holds
 * the best match, and a window of words centred on that match. Works on Pagefind's page text,
 * whose word positions (and heading anchors) count whitespace-separated tokens. Pure.
 */
import { contentWords, stemmer, words } from './words';

/** A heading with an id on the page: where its part of the text starts (a token position). */
export interface PageHeading {
  title: string;
  id: string;
  location: number;
}

/** The best passage of a page for a query. */
export interface Passage {
  /** The heading the passage sits under, or undefined for the top of the page. */
  heading: PageHeading | undefined;
  /** Token position of the match the excerpt is centred on. */
  at: number;
  /** How many tokens the match spans. */
  length: number;
}

/** Whitespace-separated tokens of a page text (Pagefind's unit for word positions). */
export function tokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** A plain token ("pricing") as is, else its words joined by spaces ("Trust," → "trust", "re-use" → "re use"). */
function tokenWords(token: string): string {
  const lower = token.toLowerCase();
  return PLAIN.test(lower) ? lower : words(lower).join(' ');
}
const PLAIN = /^[a-z0-9]+$/;

/**
 * Finds the best passage: the part under a heading that itself names the whole phrase (or every
 * content word) wins, then the part with the most phrase matches, then with the most distinct
 * content words; the match inside it is the first phrase outside the heading, else the first
 * content word.
 */
export function bestPassage(text: string, headings: readonly PageHeading[], query: string): Passage {
  const toks = tokens(text).map(tokenWords);
  const stem = stemmer();
  const phrase = words(query);
  const stems = contentWords(query).map(stem);
  const sorted = [...headings].sort((a, b) => a.location - b.location);
  const parts: { heading: PageHeading | undefined; from: number; to: number; titleLength: number }[] = [];
  let from = 0;
  let heading: PageHeading | undefined;
  for (const h of sorted) {
    if (h.location > from) parts.push({ heading, from, to: h.location, titleLength: heading ? tokens(heading.title).length : 0 });
    heading = h;
    from = Math.max(from, h.location);
  }
  parts.push({ heading, from, to: toks.length, titleLength: heading ? tokens(heading.title).length : 0 });
  const flat = toks.join(' ').split(' ');
  // Token index of each flat word, so phrase matches that cross tokens map back to a token.
  const owner: number[] = [];
  toks.forEach((t, i) => t.split(' ').forEach(() => owner.push(i)));
  const phraseAt: number[] = [];
  if (phrase.length >= 2) {
    for (let i = 0; i + phrase.length <= flat.length; i++) {
      if (phrase.every((w, j) => flat[i + j] === w)) phraseAt.push(owner[i]!);
    }
  }
  const stemAt = (i: number) => (toks[i] ?? '').split(' ').map(stem);
  let best = { score: -1, passage: { heading: undefined as PageHeading | undefined, at: 0, length: 1 } };
  for (const part of parts) {
    const title = part.heading ? words(part.heading.title) : [];
    const titleStems = new Set(title.map(stem));
    const titleScore =
      phrase.length >= 2 && title.join(' ').includes(phrase.join(' ')) ? 2 : stems.length > 0 && stems.every((s) => titleStems.has(s)) ? 1 : 0;
    const inPart = phraseAt.filter((i) => i >= part.from && i < part.to);
    const seen = new Set<string>();
    let firstWord = -1;
    for (let i = part.from; i < part.to; i++) {
      for (const s of stemAt(i)) {
        if (stems.includes(s)) {
          seen.add(s);
          if (firstWord < 0 && i >= part.from + part.titleLength) firstWord = i;
        }
      }
    }
    const score = titleScore * 1000 + inPart.length * 10 + seen.size;
    if (score > best.score) {
      const body = inPart.find((i) => i >= part.from + part.titleLength) ?? inPart[0];
      const at = body ?? (firstWord >= 0 ? firstWord : part.from);
      best = { score, passage: { heading: part.heading, at, length: body !== undefined ? phrase.length : 1 } };
    }
  }
  return best.passage;
}

/** A window of about `size` tokens centred on a match, with an ellipsis where text was cut. */
export function excerptAround(text: string, at: number, length: number, size = 24): string {
  const toks = tokens(text);
  if (toks.length <= size) return toks.join(' ');
  const start = Math.max(0, Math.min(toks.length - size, at - Math.floor((size - length) / 2)));
  const end = start + size;
  return `${start > 0 ? '… ' : ''}${toks.slice(start, end).join(' ')}${end < toks.length ? ' …' : ''}`;
}
