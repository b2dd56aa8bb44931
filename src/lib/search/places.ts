/**
 * Places: the handbook's chapters, sections and worksheets by name and number, a few KB that search
 * loads with Pagefind. A lone first letter is too loose for the full text, so the header offers the
 * places whose name has a word starting with it (or whose number starts with it) at once, and the
 * full-text search starts at the second letter. The list is written by place-list.ts. Pure.
 */
import { isText, words } from './words';

/** The kinds of place, in the order a match lists them. */
export const PLACE_KINDS = ['Chapter', 'Section', 'Worksheet'] as const;
/** A kind of place. */
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** One place as search-places.json gives it to the browser. */
export interface Place {
  kind: PlaceKind;
  /** The atlas number ("5.03", "5.03.01"); empty for a worksheet. */
  number: string;
  title: string;
  /** The one-line summary shown under the title. */
  summary: string;
  href: string;
  /** Where it sits: the chapter of a section, "Worksheets" for a worksheet, the volume of a chapter. */
  within: string;
  /** The section's hue (a section's own; a chapter takes its first section's). */
  hue?: number | undefined;
}

const isKind = (v: unknown): v is PlaceKind => PLACE_KINDS.includes(v as PlaceKind);

/**
 * The places from search-places.json, each row checked; rows of the wrong shape are left out
 * rather than breaking search (the file is written from validated content at build time).
 */
export function parsePlaces(input: unknown): Place[] {
  if (!Array.isArray(input)) return [];
  return input.flatMap((row: unknown): Place[] => {
    if (typeof row !== 'object' || row === null) return [];
    const r = row as Record<string, unknown>;
    if (!isKind(r['kind']) || !isText(r['title']) || !isText(r['href'])) return [];
    const hue = typeof r['hue'] === 'number' && Number.isFinite(r['hue']) ? r['hue'] : undefined;
    const text = (key: string) => (typeof r[key] === 'string' ? (r[key] as string) : '');
    return [{ kind: r['kind'], number: text('number'), title: r['title'], summary: text('summary'), href: r['href'], within: text('within'), hue }];
  });
}

/** True for a query the header answers with places instead of the full text: one letter or digit. */
export function asksForPlaces(query: string): boolean {
  return words(query).join('').length === 1 && query.trim().length === 1;
}

/** How closely a place's name or number starts with `prefix`: 0 its first word, 1 a later word, 2 its number, undefined not at all. */
function closeness(place: Place, prefix: string): number | undefined {
  const name = words(place.title);
  if (name[0]?.startsWith(prefix)) return 0;
  if (name.some((w) => w.startsWith(prefix))) return 1;
  if (place.number.startsWith(prefix)) return 2;
  return undefined;
}

/**
 * The places a prefix names, best first: a name that starts with it, then a name with a later word
 * that does, then a number that does; chapters before sections before worksheets, atlas order within.
 * Returns at most `limit` of them and how many matched in all.
 */
export function matchPlaces(query: string, places: readonly Place[], limit: number): { places: Place[]; total: number } {
  const prefix = words(query).join('');
  if (!prefix) return { places: [], total: 0 };
  const found = places
    .map((place, at) => ({ place, at, close: closeness(place, prefix) }))
    .filter((m): m is { place: Place; at: number; close: number } => m.close !== undefined)
    .sort((a, b) => a.close - b.close || PLACE_KINDS.indexOf(a.place.kind) - PLACE_KINDS.indexOf(b.place.kind) || a.at - b.at);
  return { places: found.slice(0, Math.max(0, limit)).map((m) => m.place), total: found.length };
}

/** The status line over the places for a first letter, naming the letter and what typing on does. */
export function placesMessage(total: number, query: string): string {
  const letter = `“${query.trim()}”`;
  const next = 'Type a second letter to search every page.';
  if (total === 0) return `No chapter, section or worksheet starts with ${letter}. ${next}`;
  return `Chapters, sections and worksheets starting with ${letter}: ${total}. ${next}`;
}
